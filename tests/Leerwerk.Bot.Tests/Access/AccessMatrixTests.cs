using Leerwerk.Bot.Tests.Infrastructure;

namespace Leerwerk.Bot.Tests.Access;

/// <summary>Every command, as every role and as a stranger: the right people get in, the others get a kind no.</summary>
public sealed class AccessMatrixTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    // K klantmanager, J jobcoach, R regisseur, S statushouder, B beheerder, M werkgever (traject member, no role).
    private static readonly (string Command, string Allowed)[] Commands =
    [
        ("intake", "K"), ("intake zelf", "S"), ("checklist", "R"), ("checkin", "J"), ("demo", "K"),
        ("intakes", "K"), ("intake Amir", "K"), ("intake Amir export", "K"), ("intake Amir definitief", "K"), ("intake Amir aanvullen", "K"),
        ("uitnodiging Amir", "K"),
        ("afspraken", "KJRM"), ("te laat", "KJRM"), ("afspraken Warmtepompen Noord", "JRM"), ("afspraak {c} bezig", "JRM"),
        ("traject Warmtepompen Noord", "RJ"), ("traject Warmtepompen Noord export", "RJ"),
        ("traject Warmtepompen Noord deelnemer Noor", "R"), ("traject Warmtepompen Noord lid werkgever", "R"),
        ("checkin Amir: werkplekbezoek, gaat goed", "J"), ("signalen", "KJR"), ("tijdlijn Amir", "KJR"),
        ("geen herinneringen", "KJRBM"),
        ("toegang", "B"), ("toegang p.devries@gemeente.nl jobcoach", "B"), ("audit Amir", "B"),
        ("inzage Amir", "BS"), ("verwijder Amir", "BS"),
        ("hoe houden we werkgevers betrokken?", "KJRSBMU"), ("taal nl", "KJRSBMU"),
    ];

    private static readonly Dictionary<char, string> People = new()
    {
        ['K'] = AccessFixture.Klantmanager, ['J'] = AccessFixture.Jobcoach, ['R'] = AccessFixture.Regisseur, ['S'] = AccessFixture.Statushouder,
        ['B'] = AccessFixture.Beheerder, ['M'] = AccessFixture.Werkgever, ['U'] = AccessFixture.Unknown,
    };

    public static TheoryData<string, char, bool> Cases()
    {
        var data = new TheoryData<string, char, bool>();
        foreach (var (command, allowed) in Commands)
        {
            foreach (var who in People.Keys) data.Add(command, who, allowed.Contains(who));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_AsEveryRole_AllowedOnlyForItsRoles(string command, char who, bool allowed)
    {
        var text = command.Replace("{c}", fixture.WerkgeverCommitment.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var replies = (await fixture.SayAsync(People[who], text)).Texts();

        Assert.True(allowed != Refusals.IsRefusal(replies), $"{who} '{text}' expected {(allowed ? "allowed" : "refused")}, got: {replies}");
        Assert.DoesNotContain("Exception", replies, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_CoversEveryPermissionOfThePolicy()
    {
        // A permission added to the table without a row here would go untested as every role.
        var tested = Commands.Select(c => Leerwerk.Bot.Access.AccessPolicy.Required(c.Command.Replace("{c}", "1", StringComparison.Ordinal).ToLowerInvariant(), null)?.Action).ToHashSet();

        Assert.All(Leerwerk.Bot.Access.Permissions.All, p => Assert.Contains(p.Action, tested));
    }
}
