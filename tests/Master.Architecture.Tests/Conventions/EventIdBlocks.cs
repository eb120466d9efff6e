namespace Master.Architecture.Tests.Conventions;

/// <summary>
/// The block of <c>[LoggerMessage]</c> event ids each assembly owns: the one source of truth, which the table in
/// docs/logging.md mirrors. STYLE 2.7 gives each assembly a block of 1,000; the DataHub block is shared by the contract
/// and its two implementations in blocks of 100, so an id still tells which backend logged it.
/// </summary>
internal sealed class EventIdBlocks
{
    private readonly IReadOnlyDictionary<string, EventIdBlock> _blocks;

    public EventIdBlocks(IReadOnlyDictionary<string, EventIdBlock> blocks)
    {
        _blocks = blocks;
    }

    public static EventIdBlocks Master { get; } = new(new Dictionary<string, EventIdBlock>(StringComparer.Ordinal)
    {
        ["Master.AgentSdk"] = new(1000, 1999),
        ["Master.Processor"] = new(2000, 2999),
        ["Master.DataHub"] = new(3000, 3099),
        ["Master.DataHub.Memory"] = new(3100, 3199),
        ["Master.DataHub.Redis"] = new(3200, 3299),
        ["Master.Query"] = new(4000, 4999),
        ["Master.Database"] = new(5000, 5999),
        ["Master.Gateway"] = new(6000, 6999),
        ["Master.Host"] = new(7000, 7999),
        ["Master.Fleet"] = new(8000, 8999),
        ["Master.Security"] = new(9000, 9999),
    });

    public IReadOnlyDictionary<string, EventIdBlock> Blocks => _blocks;

    /// <summary>One line per event whose id is taken by another event or lies outside its assembly's block.</summary>
    public IReadOnlyList<string> Check(IReadOnlyCollection<LogEvent> events)
    {
        var violations = new List<string>();
        foreach (var shared in events.GroupBy(e => e.Id).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            violations.Add($"event id {shared.Key} is used {shared.Count()} times: {string.Join(", ", shared.Select(e => e.Where))}");
        }

        foreach (var logEvent in events)
        {
            if (!_blocks.TryGetValue(logEvent.Assembly, out var block))
            {
                violations.Add($"{logEvent.Where} has id {logEvent.Id}, but {logEvent.Assembly} owns no block of event ids");
            }
            else if (!block.Contains(logEvent.Id))
            {
                violations.Add($"{logEvent.Where} has id {logEvent.Id}, outside the block {block} of {logEvent.Assembly}");
            }
        }

        return violations;
    }
}
