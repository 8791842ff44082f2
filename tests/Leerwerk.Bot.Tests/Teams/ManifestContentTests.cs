using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Leerwerk.Bot.Tests.Teams;

/// <summary>What the schema cannot see: the commands in each scope and the English texts that go with them.</summary>
[Collection(TeamsPackageCollection.Name)]
public sealed partial class ManifestContentTests(TeamsPackageFixture package)
{
    private static readonly string[] Commands = ["intake", "checklist", "checkin", "afspraken", "vraag", "help"];

    [Fact]
    public void Manifest_CommandLists_TheSixCommandsInEveryScope()
    {
        var bot = JsonNode.Parse(package.Entry("manifest.json"))!["bots"]![0]!;
        var lists = bot["commandLists"]!.AsArray();

        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => (string)s!)).Order(StringComparer.Ordinal));
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order(StringComparer.Ordinal));
        foreach (var list in lists)
        {
            var commands = list!["commands"]!.AsArray();
            Assert.Equal(Commands, commands.Select(c => (string?)c!["title"]));
            Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
        }
    }

    [Fact]
    public void EnglishTexts_EveryCommand_TranslatedAndNoKeyWithoutACommand()
    {
        var manifest = JsonNode.Parse(package.Entry("manifest.json"))!;
        var english = JsonNode.Parse(package.Entry("en-us.json"))!.AsObject();
        var commandKeys = english.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal)).ToList();

        foreach (var key in commandKeys)
        {
            var match = CommandKey().Match(key);
            Assert.True(match.Success, key);
            var command = manifest["bots"]![0]!["commandLists"]![int.Parse(match.Groups[1].Value)]!["commands"]![int.Parse(match.Groups[2].Value)];
            Assert.NotNull(command?[match.Groups[3].Value]);
        }

        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var descriptions = lists.Sum(l => l!["commands"]!.AsArray().Count);
        Assert.Equal(descriptions, commandKeys.Count(k => k.EndsWith(".description", StringComparison.Ordinal)));
    }

    [Fact]
    public void Manifest_Languages_DutchFirstEnglishInItsFile()
    {
        var localization = JsonNode.Parse(package.Entry("manifest.json"))!["localizationInfo"]!;

        Assert.Equal("nl-nl", (string?)localization["defaultLanguageTag"]);
        Assert.Equal("en-us", (string?)localization["additionalLanguages"]![0]!["languageTag"]);
        Assert.Equal("en-us.json", (string?)localization["additionalLanguages"]![0]!["file"]);
    }

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$")]
    private static partial Regex CommandKey();
}
