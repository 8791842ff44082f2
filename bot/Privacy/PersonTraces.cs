using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Privacy;

/// <summary>How a person shows up in bot state: their chat user ids, their chats, and their intakes.</summary>
internal sealed record PersonTraces(IReadOnlySet<string> UserIds, IReadOnlySet<string> ConversationKeys, IReadOnlySet<string> IntakeIds)
{
    private const string Users = "/users/";

    public static PersonTraces Of(PersonRecord person) => new(
        person.UserIds.ToHashSet(StringComparer.Ordinal),
        person.Channels.Select(c => ConversationKey(c.ConversationReferenceJson)).OfType<string>().ToHashSet(StringComparer.Ordinal),
        person.IntakeIds.ToHashSet(StringComparer.Ordinal));

    /// <summary>Their own user profile or chat: a conversation they were in, or a questionnaire they started there.</summary>
    public bool Owns(string key, JObject state)
    {
        var users = key.IndexOf(Users, StringComparison.Ordinal);
        if (users > 0) return UserIds.Contains(key[(users + Users.Length)..]);
        return ConversationKeys.Contains(key) || (state["ConversationData"]?["Dialog"] is JObject dialog && StartedByThem(dialog));
    }

    /// <summary>A dialog about one of their intakes, or one they started (answers they gave).</summary>
    public bool Concerns(JToken? dialog) =>
        dialog is JObject d && (IntakeIds.Contains(d.Value<string>("Subject") ?? string.Empty) || StartedByThem(d));

    private bool StartedByThem(JObject dialog) => UserIds.Contains(dialog.Value<string>("StartedBy") ?? string.Empty);

    /// <summary>Bot Framework keys conversation state `{channelId}/conversations/{conversationId}`.</summary>
    private static string? ConversationKey(string? referenceJson)
    {
        if (referenceJson is null) return null;
        var reference = JObject.Parse(referenceJson);
        return reference.Value<string>("channelId") is { } channel && reference["conversation"]?.Value<string>("id") is { } id
            ? $"{channel}/conversations/{id}" : null;
    }
}
