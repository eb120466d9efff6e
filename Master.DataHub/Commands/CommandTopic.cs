namespace Master.DataHub.Commands;

/// <summary>The two command queues an agent polls independently.</summary>
public enum CommandTopic
{
    /// <summary>Operations (every source but <c>ai</c>).</summary>
    Ops,

    /// <summary>Commands from the AI assistant (source <c>ai</c>).</summary>
    Ai,
}
