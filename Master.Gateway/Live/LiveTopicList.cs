namespace Master.Gateway.Live;

/// <summary><c>data</c> of <c>subscribed</c> and <c>unsubscribed</c>.</summary>
/// <param name="Topics">Every topic of the connection after the request, not only those it named.</param>
internal sealed record LiveTopicList(IReadOnlyList<string> Topics);
