using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Query;

/// <summary>Settings of the query DSL (section <c>Master:Query</c>).</summary>
internal sealed class QueryOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Query";

    /// <summary>How long one query may run before it is stopped with DSL3004 (default 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many parsed and bound queries are kept, by text, for dashboards that run the same text again (default 512).</summary>
    [Range(1, 100_000)]
    public int CacheSize { get; set; } = 512;
}

/// <summary>Validates <see cref="QueryOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class QueryOptionsValidator : IValidateOptions<QueryOptions>;
