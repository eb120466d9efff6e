using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace Master.Architecture.Tests.Conventions;

/// <summary>STYLE 2.6: every <c>XxxOptions</c> class comes with an <c>IValidateOptions&lt;XxxOptions&gt;</c> next to it.</summary>
internal static class OptionsConvention
{
    public static bool IsOptions(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.Name.EndsWith("Options", StringComparison.Ordinal)
        && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    /// <summary>The options types <paramref name="type"/> validates.</summary>
    public static IEnumerable<Type> Validates(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(i => i.GetGenericArguments()[0]);

    /// <summary>One line per options class of <paramref name="types"/> (one assembly's) with no validator among them.</summary>
    public static IReadOnlyList<string> OptionsWithoutValidator(IReadOnlyCollection<Type> types)
    {
        var validated = types.SelectMany(Validates).ToHashSet();
        return types
            .Where(IsOptions)
            .Where(options => !validated.Contains(options))
            .Select(o => $"{o.Assembly.GetName().Name}: {o.FullName} has no IValidateOptions<{o.Name}> in its assembly")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
