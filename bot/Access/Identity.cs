namespace Leerwerk.Bot.Access;

/// <summary>What the channel tells about the sender, for matching a beheerder's `toegang &lt;naam/e-mail&gt;`.</summary>
internal sealed record Identity(string ChannelId, string UserId, string? ObjectId, string? Name, string? Email)
{
    /// <summary>
    /// Names and e-mail addresses only count where Azure Bot Service vouches for them (Teams, from Entra ID);
    /// in Web Chat anyone can type any name.
    /// </summary>
    public bool Vouched => ChannelId == "msteams";

    /// <summary>The lower-case keys a pending invitation may have been written with.</summary>
    public IEnumerable<string> InviteeKeys()
    {
        if (!Vouched) yield break;
        if (Email is { Length: > 0 }) yield return Key(Email);
        if (Name is { Length: > 0 }) yield return Key(Name);
    }

    public static string Key(string nameOrEmail) => string.Join(' ', nameOrEmail.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
