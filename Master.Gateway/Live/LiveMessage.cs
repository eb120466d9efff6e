namespace Master.Gateway.Live;

/// <summary>Every message Master sends on <c>/api/v2/subscribe</c>: <c>{"type", "at", "data"}</c>.</summary>
/// <typeparam name="TData">The shape of <see cref="Data"/>, fixed by <see cref="Type"/>.</typeparam>
/// <param name="Type">What happened, such as <c>cluster.updated</c>, or <c>subscribed</c> and <c>error</c>.</param>
/// <param name="At">When it happened; for replies, when Master answered.</param>
/// <param name="Data">The details.</param>
internal sealed record LiveMessage<TData>(string Type, DateTimeOffset At, TData Data);
