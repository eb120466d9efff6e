using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Master.Architecture.Tests.Conventions;

/// <summary>One <c>[LoggerMessage]</c> method as compiled: where it is declared and what its attribute says.</summary>
internal sealed record LogEvent(string Assembly, string Type, string Method, int Id, LogLevel Level, string Message)
{
    public string Where => $"{Assembly}: {Type}.{Method}";

    /// <summary>Every <c>[LoggerMessage]</c> method of the assemblies, private and nested ones included.</summary>
    public static IReadOnlyList<LogEvent> In(IEnumerable<Assembly> assemblies)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance
            | BindingFlags.DeclaredOnly;
        return
        [
            .. from assembly in assemblies
               from type in assembly.GetTypes()
               from method in type.GetMethods(Declared)
               let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
               where attribute is not null
               orderby attribute.EventId
               select new LogEvent(
                   assembly.GetName().Name!,
                   type.FullName ?? type.Name,
                   method.Name,
                   attribute.EventId,
                   attribute.Level,
                   attribute.Message),
        ];
    }
}
