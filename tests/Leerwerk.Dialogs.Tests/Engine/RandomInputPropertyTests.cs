using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Dialogs.Tests.Engine;

public sealed class RandomInputPropertyTests
{
    private static readonly string[] Words =
        ["terug", "overslaan", "help", "?", "samenvatting", "wijzig", "pauze", "hervat", "stop", "ja", "nee", "1", "2", "ok", "opnieuw",
         "ik begrijp het niet", "tolk", "waarom?", "Amir", "€ 1.500", "drie maanden", "15-1", "", " ", "🚲", "مرحبا", "\u0000", "<script>", "9999999999999"];

    [Property(MaxTest = 150)]
    public Property Continue_AnyInputSequence_NeverThrowsAndStateStaysValid()
    {
        var inputs = Gen.ListOf(Gen.OneOf(Gen.Elements(Words), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));
        return Prop.ForAll(inputs.ToArbitrary(), said =>
        {
            var chat = new Transcript().Start();
            foreach (var text in said)
            {
                if (chat.State.Status == DialogStatus.Paused) chat.Resume();
                if (chat.State.Status is DialogStatus.Completed or DialogStatus.Stopped) break;
                chat.Say(text);
                Assert.NotEmpty(chat.Replies);
                if (chat.State.Status == DialogStatus.Active) Assert.NotNull(chat.Questionnaire.Find(chat.State.CurrentStepId));
                Assert.All(chat.State.Answers.Keys, id => Assert.NotNull(chat.Questionnaire.Find(id)));
            }
        });
    }
}
