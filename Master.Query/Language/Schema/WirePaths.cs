using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema;

/// <summary>
/// The raw wire paths of a model class (<c>status.qosClass</c>, <c>spec.dnsPolicy</c>, <c>containers.image</c>), typed
/// from the wire, as query-dsl.md promises next to the friendly fields.
/// </summary>
/// <remarks>
/// Reflection runs once per class, the first time its paths are asked for; every path then gets a getter compiled from
/// an expression tree, so a row costs what a hand-written lambda costs. Names are the snapshot serializer's: the
/// <see cref="JsonPropertyNameAttribute"/> when there is one, else the camelCase property name. Below a list of objects
/// every leaf is a list field, matching when any element does, with nested lists flattened.
/// </remarks>
internal static class WirePaths
{
    /// <summary>Deep enough for <c>template.containers.livenessProbe.port</c>, shallow enough to keep the count sane.</summary>
    private const int MaxDepth = 6;

    private static readonly MethodInfo TextOfMethod = ((Func<string?, string?>)TextOf).Method;
    private static readonly MethodInfo TextsMethod = ((Func<IEnumerable<string?>?, IEnumerable<string>>)Texts).Method;
    private static readonly MethodInfo MapOfMethod =
        ((Func<IReadOnlyDictionary<string, string>?, IReadOnlyDictionary<string, string>?>)MapOf).Method;
    private static readonly MethodInfo TimeOfMethod = ((Func<Timestamp, double?>)KindSchemaBuilder<object>.Seconds).Method;
    private static readonly MethodInfo OneTextMethod = ((Func<string?, IEnumerable<string>>)OneText).Method;
    private static readonly MethodInfo OneNumberMethod = ((Func<double?, IEnumerable<double>>)OneNumber).Method;
    private static readonly MethodInfo OneBoolMethod = ((Func<bool?, IEnumerable<bool>>)OneBool).Method;
    private static readonly MethodInfo EmptyMethod = ((Func<IEnumerable<object>>)Enumerable.Empty<object>).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo SelectManyMethod =
        ((Func<IEnumerable<object>, Func<object, IEnumerable<object>>, IEnumerable<object>>)Enumerable.SelectMany)
        .Method.GetGenericMethodDefinition();
    private static readonly MethodInfo ToArrayMethod =
        ((Func<IEnumerable<object>, object[]>)Enumerable.ToArray).Method.GetGenericMethodDefinition();

    /// <summary>Every wire path of <typeparamref name="T"/>, found without regard to case.</summary>
    public static IReadOnlyDictionary<string, FieldDef> Of<T>()
        where T : class => Cache<T>.Paths;

    private static FrozenDictionary<string, FieldDef> Build(Type root)
    {
        var paths = new Dictionary<string, FieldDef>(StringComparer.OrdinalIgnoreCase);
        Walk(root, root, [], [root], paths);
        return paths.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Walk(Type root, Type type, List<PropertyInfo> steps, HashSet<Type> open, Dictionary<string, FieldDef> paths)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0
                || property.GetMethod is not { IsPublic: true }
                || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always }
                || property.IsDefined(typeof(JsonExtensionDataAttribute)))
            {
                continue;
            }

            steps.Add(property);
            if (LeafOf(property.PropertyType, steps) is { } leaf)
            {
                Add(root, steps, leaf, paths);
            }
            else if ((ListElement(property.PropertyType) ?? NestedObject(property.PropertyType)) is { } nested
                && steps.Count < MaxDepth
                && open.Add(nested))
            {
                Walk(root, nested, steps, open, paths);
                open.Remove(nested);
            }

            steps.RemoveAt(steps.Count - 1);
        }
    }

    private static void Add(Type root, List<PropertyInfo> steps, Leaf leaf, Dictionary<string, FieldDef> paths)
    {
        var row = Expression.Parameter(typeof(Row), "row");
        var item = Expression.Convert(Expression.Property(row, nameof(Row.Item)), root);
        var isList = leaf.IsList || steps.Exists(step => ListElement(step.PropertyType) is not null);
        Delegate getter;
        if (isList)
        {
            // The DSL has no list of maps, so a map below a list of objects gets no wire path.
            if (leaf.Element is not { } element)
            {
                return;
            }

            var body = Expression.Call(ToArrayMethod.MakeGenericMethod(element), Many(item, steps, 0, leaf, element));
            var list = typeof(IReadOnlyList<>).MakeGenericType(element);
            getter = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(Row), list), body, row).Compile();
        }
        else
        {
            var body = Scalar(item, steps, 0, leaf);
            getter = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(Row), leaf.Value), body, row).Compile();
        }

        var name = string.Join('.', steps.Select(WireName));
        paths.TryAdd(name, new FieldDef(name, leaf.Type, isList, getter, []));
    }

    /// <summary>The value at <c>steps[index..]</c> of a non-null owner; null when an object on the way is null.</summary>
    private static Expression Scalar(Expression owner, List<PropertyInfo> steps, int index, Leaf leaf)
    {
        var value = Expression.Property(owner, steps[index]);
        return index == steps.Count - 1
            ? leaf.Read(value)
            : IfNotNull(value, next => Scalar(next, steps, index + 1, leaf), Expression.Default(leaf.Value));
    }

    /// <summary>Every value at <c>steps[index..]</c> of a non-null owner, lists flattened, missing values left out.</summary>
    private static Expression Many(Expression owner, List<PropertyInfo> steps, int index, Leaf leaf, Type element)
    {
        var value = Expression.Property(owner, steps[index]);
        if (index == steps.Count - 1)
        {
            return leaf.IsList ? leaf.Read(value) : Expression.Call(One(element), leaf.Read(value));
        }

        var none = Expression.Call(EmptyMethod.MakeGenericMethod(element));
        if (ListElement(value.Type) is not { } itemType)
        {
            return IfNotNull(value, next => Many(next, steps, index + 1, leaf, element), none);
        }

        var each = Expression.Parameter(itemType, "each");
        var selector = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(itemType, none.Type),
            IfNotNull(each, next => Many(next, steps, index + 1, leaf, element), none),
            each);
        return IfNotNull(value, list => Expression.Call(SelectManyMethod.MakeGenericMethod(itemType, element), list, selector), none);
    }

    private static Expression IfNotNull(Expression value, Func<Expression, Expression> then, Expression whenNull)
    {
        if (value is ParameterExpression parameter)
        {
            return Expression.Condition(
                Expression.ReferenceEqual(parameter, Expression.Constant(null, parameter.Type)), whenNull, then(parameter), whenNull.Type);
        }

        var local = Expression.Variable(value.Type);
        return Expression.Block(
            whenNull.Type,
            [local],
            Expression.Assign(local, value),
            Expression.Condition(
                Expression.ReferenceEqual(local, Expression.Constant(null, local.Type)), whenNull, then(local), whenNull.Type));
    }

    private static MethodInfo One(Type element) =>
        element == typeof(string) ? OneTextMethod : element == typeof(double) ? OneNumberMethod : OneBoolMethod;

    private static Leaf? LeafOf(Type type, List<PropertyInfo> steps)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new Leaf(FieldType.Text, typeof(string), typeof(string), value => Expression.Call(TextOfMethod, value));
        }

        if (plain == typeof(int) || plain == typeof(long))
        {
            return Numeric(FieldType.Int);
        }

        if (plain == typeof(double))
        {
            return Numeric(FieldType.Number);
        }

        if (plain == typeof(bool))
        {
            return new Leaf(FieldType.Bool, typeof(bool?), typeof(bool), value => Expression.Convert(value, typeof(bool?)));
        }

        if (type == typeof(Quantity))
        {
            return new Leaf(QuantityType(steps), typeof(double?), typeof(double), value => Expression.Property(value, nameof(Quantity.Value)));
        }

        if (type == typeof(Timestamp))
        {
            return new Leaf(FieldType.Time, typeof(double?), typeof(double), value => Expression.Call(TimeOfMethod, value));
        }

        if (typeof(IReadOnlyDictionary<string, string>).IsAssignableFrom(type))
        {
            return new Leaf(FieldType.Map, typeof(IReadOnlyDictionary<string, string>), null, value => Expression.Call(MapOfMethod, value));
        }

        if (type != typeof(string) && typeof(IEnumerable<string>).IsAssignableFrom(type))
        {
            return new Leaf(
                FieldType.Text, typeof(IEnumerable<string>), typeof(string), value => Expression.Call(TextsMethod, value), IsList: true);
        }

        return null;
    }

    private static Leaf Numeric(FieldType type) => new(type, typeof(double?), typeof(double), value =>
        value.Type == typeof(double?) ? value : Expression.Convert(value, typeof(double?)));

    /// <summary>The unit of a quantity, from its path: agent-protocol.md names every quantity after what it measures.</summary>
    /// <remarks>
    /// The nearest segment naming a resource decides, so <c>metrics.cpu.capacity</c> is CPU; a bare <c>capacity</c> is
    /// storage (a PersistentVolume's), but only as the last segment, since a node's <c>capacity.pods</c> is a count.
    /// </remarks>
    private static FieldType QuantityType(List<PropertyInfo> steps)
    {
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var name = steps[i].Name;
            if (name.Contains("cpu", StringComparison.OrdinalIgnoreCase))
            {
                return FieldType.Cpu;
            }

            if (name.Contains("memory", StringComparison.OrdinalIgnoreCase)
                || name.Contains("storage", StringComparison.OrdinalIgnoreCase)
                || name.Contains("ephemeral", StringComparison.OrdinalIgnoreCase))
            {
                return FieldType.Memory;
            }
        }

        return steps[^1].Name.Contains("capacity", StringComparison.OrdinalIgnoreCase) ? FieldType.Memory : FieldType.Number;
    }

    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && NestedObject(type.GetGenericArguments()[0]) is { } element
            ? element
            : null;

    private static Type? NestedObject(Type type) => type.IsClass && type != typeof(string) && !type.IsGenericType ? type : null;

    private static string WireName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static string? TextOf(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static IEnumerable<string> Texts(IEnumerable<string?>? texts) =>
        texts is null ? [] : texts.OfType<string>().Where(text => text.Length > 0);

    private static IReadOnlyDictionary<string, string>? MapOf(IReadOnlyDictionary<string, string>? map) => map is { Count: > 0 } ? map : null;

    private static IEnumerable<string> OneText(string? text) => string.IsNullOrEmpty(text) ? [] : [text];

    private static IEnumerable<double> OneNumber(double? value) => value is { } number ? [number] : [];

    private static IEnumerable<bool> OneBool(bool? value) => value is { } flag ? [flag] : [];

    /// <summary>How a leaf property becomes a field value.</summary>
    /// <param name="Type">The field type.</param>
    /// <param name="Value">What <paramref name="Read"/> returns: the scalar getter's result type.</param>
    /// <param name="Element">The element type below a list of objects; null when the leaf has no list form.</param>
    /// <param name="Read">Turns the property's value into <paramref name="Value"/>.</param>
    /// <param name="IsList">True when the property itself is a list of texts.</param>
    private sealed record Leaf(FieldType Type, Type Value, Type? Element, Func<Expression, Expression> Read, bool IsList = false);

    /// <summary>The paths of one class, built the first time they are asked for.</summary>
    private static class Cache<T>
        where T : class
    {
        public static readonly FrozenDictionary<string, FieldDef> Paths = Build(typeof(T));
    }
}
