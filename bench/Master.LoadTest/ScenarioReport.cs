namespace Master.LoadTest;

/// <summary>What a scenario prints, and whether it met its target without losing a command.</summary>
internal sealed record ScenarioReport(string Markdown, bool Passed);
