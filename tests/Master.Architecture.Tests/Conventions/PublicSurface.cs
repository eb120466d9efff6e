using System.Reflection;
using System.Runtime.CompilerServices;

namespace Master.Architecture.Tests.Conventions;

/// <summary>
/// STYLE 2.4 and 2.5: "Only contracts and AddXxx/MapXxx extension classes are public in implementation assemblies." Made
/// precise, a public type of an implementation assembly must be one of
/// <list type="bullet">
/// <item>an entry-point extension class: static, and every public method an extension method named Add*, Map* or Use*;</item>
/// <item>an options class (<c>*Options</c>) or a validator of options;</item>
/// <item>a contract type: a public interface, or a type reached through the public or protected members of an allowed
/// type (parameters, results, properties, base types, nested types), such as the records an interface returns or an
/// enum an options property takes;</item>
/// <item>one of <see cref="Exceptions"/>, each with its reason.</item>
/// </list>
/// Master.DataHub is the contract assembly: all its public types are the contract, so it is not checked.
/// </summary>
internal static class PublicSurface
{
    public static IReadOnlySet<string> ContractAssemblies { get; } = new HashSet<string>(StringComparer.Ordinal) { "Master.DataHub" };

    /// <summary>Public types the rule does not reach, by full name, with why they must stay public.</summary>
    public static IReadOnlyDictionary<string, string> Exceptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Program"] =
            "Master.Host's entry point is public so WebApplicationFactory<Program> can start the real composition in tests (STYLE 2.8).",
        ["Microsoft.AspNetCore.Hosting.AgentSdkKestrelServerOptionsExtensions"] =
            "Host raises Kestrel's limits for the agent listener inside ConfigureKestrel, which an AddXxx or MapXxx cannot reach.",
        ["Master.Processor.ClusterIds"] =
            "AgentSdk checks X-Cluster-ID by the rule the Processor applies to the body (agent-protocol.md §2.2): one rule, one answer.",
        ["Master.Query.ClusterConnectivity"] =
            "The wire values of ClusterView.Status and ClusterStatusView.Status; constants are not reached through a signature.",
        ["Master.Security.Accounts.RoleNames"] =
            "The wire names of Role, which Gateway writes and reads and Host's checks name; one mapping, not one per caller.",
        ["Master.Security.Accounts.Usernames"] =
            "The username rule, which both the users API and MASTER_ADMIN_USERNAME's check apply; a constant no signature reaches.",
        ["Master.Security.Passwords.PasswordPolicy"] =
            "The password rule, which both the users API and MASTER_ADMIN_PASSWORD's check apply before anything is hashed.",
        ["Master.Security.Audit.SecurityEventKinds"] =
            "The kinds ISecurityEventLog.RecordAsync takes, as constants: the gateway and the agent-channel adapter name them.",
        ["Master.Security.Audit.SecuritySeverities"] =
            "The severities ISecurityEventLog.RecordAsync takes and the security-events API filters on, as constants.",
        ["Master.Security.Secrets.SecretKey"] =
            "MASTER_SECRET_KEY's check in Host parses the key by the rule the protector loads it with: one rule, one answer.",
        ["Master.Security.Secrets.SecretDecryptionException"] =
            "What ISecretProtector.Unprotect throws; exceptions are not reached through a signature.",
    };

    public static IReadOnlyList<string> Violations(IReadOnlyCollection<Type> publicTypes) => Violations(publicTypes, Exceptions);

    /// <summary>One line per type of <paramref name="publicTypes"/> (one assembly's) that the rule does not allow.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyCollection<Type> publicTypes, IReadOnlyDictionary<string, string> exceptions)
    {
        var candidates = publicTypes.ToHashSet();
        var allowed = new HashSet<Type>();
        var pending = new Queue<Type>(candidates.Where(t => IsAllowedByItself(t) || exceptions.ContainsKey(t.FullName ?? t.Name)));
        while (pending.TryDequeue(out var type))
        {
            if (!allowed.Add(type))
            {
                continue;
            }

            foreach (var reached in Reached(type).Where(candidates.Contains).Where(t => !allowed.Contains(t)))
            {
                pending.Enqueue(reached);
            }
        }

        return candidates
            .Except(allowed)
            .Select(t => $"{t.Assembly.GetName().Name}: {t.FullName} is public but is no AddXxx/MapXxx/UseXxx extension class, options, "
                + "validator or contract type; make it internal, or add it to the exceptions with the reason")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsEntryPointExtensionClass(Type type)
    {
        if (type is not { IsClass: true, IsAbstract: true, IsSealed: true })
        {
            return false;
        }

        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        return methods.Length > 0 && methods.All(m => m.IsDefined(typeof(ExtensionAttribute), inherit: false)
            && (m.Name.StartsWith("Add", StringComparison.Ordinal) || m.Name.StartsWith("Map", StringComparison.Ordinal)
                || m.Name.StartsWith("Use", StringComparison.Ordinal)));
    }

    private static bool IsAllowedByItself(Type type) =>
        type.IsInterface
        || IsEntryPointExtensionClass(type)
        || OptionsConvention.IsOptions(type)
        || OptionsConvention.Validates(type).Any();

    private static IEnumerable<Type> Reached(Type type)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
            | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetNestedTypes(BindingFlags.Public));
        direct.AddRange(type.GetFields(Members).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly).Select(f => f.FieldType));
        direct.AddRange(type.GetEvents(Members).Where(e => e.AddMethod is { } add && IsVisible(add)).Select(e => e.EventHandlerType!));
        foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors(Members)).Where(IsVisible))
        {
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }

            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }

        // Property types come with their getters and setters above.
        return direct.SelectMany(Unwrap);
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Unwrap(type.GetElementType()!))
            {
                yield return element;
            }

            yield break;
        }

        if (type.IsConstructedGenericType)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return argument;
            }

            yield break;
        }

        yield return type;
    }
}
