using System.Collections.Concurrent;

namespace Leerwerk.Bot.DirectLine;

/// <summary>
/// The open Web Chat conversations, in memory (fine for one instance; the bot state itself is in the
/// database). A conversation is forgotten once no token for it is valid any more.
/// </summary>
internal sealed class DirectLineConversations(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public IReadOnlyCollection<DirectLineConversation> All => [.. _conversations.Values];

    public DirectLineConversation Create(string userId)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var conversation = new DirectLineConversation(RandomIds.New(18), userId);
        // Until its first token is issued, a moment later; a sweep in between must not take it.
        conversation.KeepUntil(now.AddMinutes(5));
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string id) => _conversations.TryGetValue(id, out var conversation) ? conversation : null;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.KeepUntil() < now) _conversations.TryRemove(id, out _);
        }
    }
}
