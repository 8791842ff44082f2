namespace Leerwerk.Bot.Access;

/// <summary>The `Access` section of appsettings.json.</summary>
internal sealed record AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Everyone has every role. For trying the bot on one's own machine only (appsettings.Development.json
    /// switches it on); a deployment with Bot Framework credentials refuses to start with it.
    /// </summary>
    public bool Open { get; init; }

    /// <summary>People with a role from configuration: at least the first beheerder.</summary>
    public IReadOnlyList<ConfiguredUser> Users { get; init; } = [];

    /// <summary>Who an unknown user should ask for access, named in the reply.</summary>
    public string AskWhom { get; init; } = "de beheerder van Leerwerk in jouw gemeente";
}
