namespace Leerwerk.Bench.Load.Users;

/// <summary>
/// Who a virtual user is, in ONE place: the channel, the ids in `from`, the tenant, and what the bot
/// must be told at start so that it lets these users do an intake.
/// </summary>
internal sealed record BenchUser(int Number, string Run)
{
    /// <summary>Teams: choices come as Adaptive Cards and are answered as a card submit, as a klantmanager does.</summary>
    public const string ChannelId = "msteams";

    public const string TenantId = "00000000-0000-0000-0000-00000000be0c";

    /// <summary>
    /// Settings the bot is started with: roles switched on (as in a gemeente, not the Development default
    /// where everyone has every role) and one beheerder by Entra ID object id, as a gemeente configures
    /// its first beheerder. The beheerder then makes every virtual user a klantmanager by chat
    /// (<see cref="GrantMessage"/>), so each turn pays for finding the sender's roles in the database.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BotSettings { get; } = new Dictionary<string, string>
    {
        ["Access:Open"] = "false",
        ["Access:Users:0:ObjectId"] = Beheerder.AadObjectId,
        ["Access:Users:0:Role"] = "beheerder",
    };

    /// <summary>User 0: the beheerder who gives the others their role.</summary>
    public static BenchUser Beheerder => new(0, "setup");

    public string GrantMessage => $"toegang {AadObjectId} klantmanager";

    public string Id => $"bench-user-{Number}";

    public string Name => $"Bench Klantmanager {Number}";

    /// <summary>Stable per user number: the same user across runs, as Entra ID would give.</summary>
    public string AadObjectId => $"00000000-0000-4000-8000-{Number:x12}";

    public string ConversationId(int attempt) => $"bench-{Run}-{Number}-{attempt}";
}
