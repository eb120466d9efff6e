namespace Master.Host.Configuration;

/// <summary>What reading the configuration found.</summary>
/// <param name="Settings">The settings; meaningful only when <paramref name="Problems"/> is empty.</param>
/// <param name="Problems">One line per bad value: the variable, the value and what is expected.</param>
/// <param name="UnknownVariables">Set <c>MASTER_*</c> variables that Master does not know.</param>
internal sealed record MasterConfigurationResult(
    MasterSettings Settings, IReadOnlyList<string> Problems, IReadOnlyList<string> UnknownVariables);
