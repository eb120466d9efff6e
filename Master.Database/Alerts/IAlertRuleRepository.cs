using Master.Database.Registry;

namespace Master.Database.Alerts;

/// <summary>Alert rules on the <c>alert_rules</c> table.</summary>
public interface IAlertRuleRepository
{
    /// <summary>Creates the rule (its id is ignored) and returns the new id, or null when the name is taken.</summary>
    Task<long?> CreateAsync(AlertRuleRecord rule, CancellationToken cancellationToken = default);

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    Task<AlertRuleRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every rule, by name.</summary>
    Task<IReadOnlyList<AlertRuleRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every field of the rule with the record's id but its creation time; <see cref="WriteOutcome.Conflict"/>
    /// when another rule has the name, <see cref="WriteOutcome.NotFound"/> for an unknown id.
    /// </summary>
    Task<WriteOutcome> UpdateAsync(AlertRuleRecord rule, CancellationToken cancellationToken = default);

    /// <summary>Deletes the rule; its history stays with a null rule id. False when there was none.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
