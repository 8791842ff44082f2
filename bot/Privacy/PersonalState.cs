using System.Globalization;
using System.Security.Cryptography;
using Leerwerk.Bot.Storage;
using Leerwerk.Store;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// The person in bot state: their own profile and chats, and questionnaires about them a colleague has
/// open or paused. State is encrypted, so finding them means reading every item; a municipality has a
/// few thousand at most. Changes go through the storage and its ETags, so a turn running meanwhile
/// cannot write back what was removed without noticing.
/// </summary>
internal sealed class PersonalState(IDbContextFactory<LeerwerkDb> dbFactory, IStorage storage, SensitiveFields fields, ILogger<PersonalState> logger)
{
    private const int Attempts = 3;

    public async Task<IReadOnlyList<StoredState>> FindAsync(PersonTraces traces, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.StateItems.AsNoTracking().Select(s => new { s.Key, s.Json }).ToListAsync(cancellationToken);
        var found = new List<StoredState>();
        foreach (var row in rows)
        {
            if (Read(row.Json) is not { } state) continue;
            if (traces.Owns(row.Key, state)) found.Add(new StoredState(row.Key, true, Describe(state)));
            else if (Dialogs(state).Any(traces.Concerns)) found.Add(new StoredState(row.Key, false, "vragenlijst over deze persoon, open of gepauzeerd bij een collega"));
        }

        return found;
    }

    /// <summary>Deletes their own items and takes the questionnaires about them out of colleagues' items; <paramref name="skip"/>: this turn's own state, which the caller clears itself.</summary>
    public async Task EraseAsync(IReadOnlyList<StoredState> found, PersonTraces traces, IReadOnlySet<string> skip, CancellationToken cancellationToken)
    {
        var own = found.Where(s => s.Own && !skip.Contains(s.Key)).Select(s => s.Key).ToArray();
        if (own.Length > 0) await storage.DeleteAsync(own, cancellationToken);
        foreach (var item in found.Where(s => !s.Own && !skip.Contains(s.Key)))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ScrubAsync(item.Key, traces, cancellationToken);
                    break;
                }
                catch (StorageConflictException) when (attempt < Attempts)
                {
                    // The colleague's turn wrote meanwhile: read it again and take the dialog out of that.
                }
            }
        }
    }

    private async Task ScrubAsync(string key, PersonTraces traces, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var value) || value is not IDictionary<string, object> state) return;
        if (state.TryGetValue("ConversationData", out var c) && c is JObject conversation && traces.Concerns(conversation["Dialog"]))
            conversation.Remove("Dialog");
        if (state.TryGetValue("UserProfile", out var u) && u is JObject { } profile && profile["Paused"] is JObject paused)
        {
            foreach (var questionnaire in paused.Properties().Where(p => traces.Concerns(p.Value)).ToList()) questionnaire.Remove();
        }

        await storage.WriteAsync(new Dictionary<string, object> { [key] = state }, cancellationToken);
    }

    private JObject? Read(string json)
    {
        try
        {
            return JObject.Parse(fields.Unprotect(json));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException)
        {
            // One unreadable item (a lost key) must not stop every erasure; it holds nothing we can read either.
            logger.LogWarning("A bot state item could not be read for the privacy scan: {Error}", exception.GetType().Name);
            return null;
        }
    }

    private static IEnumerable<JToken?> Dialogs(JObject state) =>
        new[] { state["ConversationData"]?["Dialog"] }.Concat((state["UserProfile"]?["Paused"] as JObject)?.Properties().Select(p => p.Value) ?? []);

    private static string Describe(JObject state)
    {
        var parts = new List<string>();
        if (state["UserProfile"] is JObject profile)
        {
            parts.Add("profiel, taal " + (profile.Value<string>("Language") ?? "nl"));
            if (profile["Paused"] is JObject { Count: > 0 } paused) parts.Add("gepauzeerd: " + string.Join(", ", paused.Properties().Select(p => p.Name)));
        }

        if (state["ConversationData"] is JObject conversation)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"gesprek, {conversation.Value<int?>("Turns") ?? 0} berichten"));
            if (conversation["Dialog"] is JObject dialog)
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"bezig met {dialog.Value<string>("QuestionnaireId")} ({(dialog["Answers"] as JObject)?.Count ?? 0} antwoorden)"));
            if (conversation["LastAnswer"]?.Value<string>("Question") is { } question) parts.Add("laatste vraag: " + question);
        }

        return string.Join("; ", parts);
    }
}
