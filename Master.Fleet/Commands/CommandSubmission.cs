using Master.DataHub.Commands;

namespace Master.Fleet.Commands;

/// <summary>What became of a <see cref="CommandRequest"/>: the commands created, or why none was.</summary>
/// <param name="Commands">One pending command per target cluster, in the order of the request; empty when refused.</param>
/// <param name="Errors">Field → what is wrong (<c>action</c>, <c>clusters[1]</c>, <c>params.replicas</c>, ...); empty when accepted.</param>
public sealed record CommandSubmission(IReadOnlyList<Command> Commands, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>True when the commands were created.</summary>
    public bool Accepted => Errors.Count == 0;
}
