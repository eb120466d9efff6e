using System.Threading.Channels;
using Master.DataHub.Changes;

namespace Master.DataHub.Memory;

/// <summary>One subscriber's channel; disposing it unsubscribes.</summary>
internal sealed class ChangeSubscription(
    ChangeBroadcaster broadcaster, Channel<Change> channel, CancellationTokenRegistration registration) : IDisposable
{
    public ChannelReader<Change> Reader => channel.Reader;

    public void Dispose()
    {
        registration.Dispose();
        broadcaster.Unsubscribe(channel);
    }
}
