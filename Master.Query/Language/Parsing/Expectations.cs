namespace Master.Query.Language.Parsing;

/// <summary>The names primitives report as expected, which the diagnostics then group into plain words.</summary>
internal static class Expectations
{
    public const string String = "string";
    public const string Number = "number";
    public const string Value = "value";
    public const string Field = "field";
    public const string Kind = "resource kind";
    public const string Operation = "operation";
    public const string Matcher = "matcher";
    public const string Alias = "column name";
    public const string Function = "function";
    public const string EndOfQuery = "end of query";
}
