namespace Master.Architecture.Tests.Conventions;

/// <summary>An inclusive range of event ids.</summary>
internal readonly record struct EventIdBlock(int First, int Last)
{
    public bool Contains(int id) => id >= First && id <= Last;

    public bool Overlaps(EventIdBlock other) => First <= other.Last && other.First <= Last;

    public override string ToString() => $"{First}–{Last}";
}
