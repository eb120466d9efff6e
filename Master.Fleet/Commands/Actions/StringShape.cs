namespace Master.Fleet.Commands.Actions;

/// <summary>What a string parameter may contain beyond being a string.</summary>
internal enum StringShape
{
    /// <summary>Any text.</summary>
    Any,

    /// <summary>No whitespace or control characters (an image reference).</summary>
    Token,

    /// <summary>A plausible Kubernetes name (<see cref="KubernetesName"/>).</summary>
    Name,
}
