using System.Diagnostics;

namespace Leerwerk.Bench.Reporting;

/// <summary>The commit the benchmark ran on, and whether the working tree had changes on top of it.</summary>
internal static class GitCommit
{
    public static string Describe()
    {
        var commit = Git("rev-parse --short HEAD");
        if (commit is null) return "unknown (no git)";
        return string.IsNullOrWhiteSpace(Git("status --porcelain --untracked-files=no")) ? commit : commit + " + uncommitted changes";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
