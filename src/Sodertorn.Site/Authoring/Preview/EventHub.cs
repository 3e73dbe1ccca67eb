using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Fans build events out to every open tab's event stream. Each tab has its own small queue; a tab that
/// stops reading loses its oldest events rather than holding up the others (the next event brings it up
/// to date, since the script asks for the current status after each one).
/// </summary>
public sealed class EventHub
{
    private readonly ConcurrentDictionary<Channel<Message>, byte> subscribers = new();

    public int Count => subscribers.Count;

    /// <summary>One Server-Sent Events message; <see cref="Sent"/> completes once every tab it went to has it.</summary>
    public sealed class Message
    {
        private readonly TaskCompletionSource sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int waiting;

        internal Message(string text, int subscribers)
        {
            Text = text;
            waiting = subscribers;
            if (subscribers == 0) sent.TrySetResult();
        }

        public string Text { get; }

        public Task Sent => sent.Task;

        /// <summary>Called by a tab's stream once the message is flushed to it.</summary>
        public void Delivered()
        {
            if (Interlocked.Decrement(ref waiting) == 0) sent.TrySetResult();
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<Message>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        subscribers[channel] = 0;
        return new Subscription(this, channel);
    }

    /// <summary>Sends one message (event name and one line of JSON) to every subscriber.</summary>
    public Message Publish(string name, string json)
    {
        var channels = subscribers.Keys.ToList();
        var message = new Message($"event: {name}\ndata: {json}\n\n", channels.Count);
        foreach (var channel in channels)
            if (!channel.Writer.TryWrite(message)) message.Delivered(); // the tab closed meanwhile
        return message;
    }

    public sealed class Subscription(EventHub hub, Channel<Message> channel) : IDisposable
    {
        public ChannelReader<Message> Messages => channel.Reader;

        public void Dispose()
        {
            hub.subscribers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        }
    }
}
