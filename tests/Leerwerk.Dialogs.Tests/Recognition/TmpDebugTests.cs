using Leerwerk.Dialogs.Recognition;
namespace Leerwerk.Dialogs.Tests.Recognition;
public class TmpDebugTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var t in new[] { "tomorrow", "monday", "next tuesday", "in 3 days", "two and a half", "1,500.50" })
        {
            var r = new DateTime(2026, 3, 11);
            foreach (var (n, res) in new[] { ("nlDT", RecognizerModels.DutchDateTime(t, r)), ("enDT", RecognizerModels.EnglishDateTime(t, r)), ("nlN", RecognizerModels.DutchNumber(t)), ("enN", RecognizerModels.EnglishNumber(t)) })
                output.WriteLine($"{n} '{t}': " + string.Join(" | ", res.Select(x => $"{x.Type}:{x.Text}:{x.Start}-{x.End}:{string.Join(",", x.Resolution.Select(kv => kv.Key + "=" + kv.Value))}:{string.Join(";", x.Values.Select(v => string.Join(",", v.Select(kv => kv.Key + "=" + kv.Value))))}")));
        }
    }
}
