namespace Leerwerk.Bench.Load.Users;

/// <summary>
/// Who a virtual user is, in ONE place: the channel, the ids in `from`, the tenant, and what the bot
/// must be told at start so that it lets these users do an intake (none yet; when roles come, a
/// klantmanager role for the `bench-` users goes in <see cref="BotSettings"/>).
/// </summary>
internal sealed record BenchUser(int Number, string Run)
{
    /// <summary>Teams: choices come as Adaptive Cards and are answered as a card submit, as a klantmanager does.</summary>
    public const string ChannelId = "msteams";

    public const string TenantId = "00000000-0000-0000-0000-00000000be0c";

    /// <summary>Settings the bot is started with so that the virtual users may do what they do.</summary>
    public static IReadOnlyDictionary<string, string> BotSettings { get; } = new Dictionary<string, string>();

    public string Id => $"bench-user-{Number}";

    public string Name => $"Bench Klantmanager {Number}";

    /// <summary>Stable per user number: the same user across runs, as Entra ID would give.</summary>
    public string AadObjectId => $"00000000-0000-4000-8000-{Number:x12}";

    public string ConversationId(int attempt) => $"bench-{Run}-{Number}-{attempt}";
}
