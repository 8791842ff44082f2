using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Tests.Engine;

namespace Leerwerk.Dialogs.Tests.Hardening;

public sealed class BadInputEngineTests
{
    [Fact]
    public void Corpus_HasAtLeast300Cases() => Assert.True(BadInput.All().Count() >= 300);

    [Fact]
    public void Continue_EveryBadInputAtEveryStepKind_NoExceptionStateValidReplyHelps()
    {
        var demo = Transcript.Demo();
        var failures = new List<string>();
        var corpus = BadInput.All().ToList();
        foreach (var step in demo.Questions)
        {
            var before = new Transcript().Start().AnswerDemoUntil(step.Id).State;
            foreach (var input in corpus)
            {
                var chat = new Transcript().At(before);
                var answersBefore = chat.State.Answers.Count;
                try
                {
                    chat.Say(input);
                    if (chat.State.Status == DialogStatus.Paused) chat.Resume();
                    if (chat.Replies.Count == 0 || chat.Replies.All(r => string.IsNullOrWhiteSpace(r.Text))) failures.Add($"{step.Id}: no reply to {Describe(input)}");
                    if (chat.State.Status == DialogStatus.Active && demo.Find(chat.State.CurrentStepId) is null) failures.Add($"{step.Id}: lost its step after {Describe(input)}");
                    if (chat.State.Answers.Count < answersBefore && chat.State.Status != DialogStatus.Declined) failures.Add($"{step.Id}: an answer was lost after {Describe(input)}");
                }
                catch (Exception e)
                {
                    failures.Add($"{step.Id}: {e.GetType().Name} on {Describe(input)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(30)));
    }

    private static string Describe(string input) => input.Length > 40 ? $"'{input[..40]}…' ({input.Length} chars)" : $"'{input}'";
}
