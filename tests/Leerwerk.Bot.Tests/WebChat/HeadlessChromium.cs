using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Leerwerk.Bot.Tests.WebChat;

/// <summary>
/// Debian's Chromium and ChromeDriver, headless, phone-sized. The flags keep Chromium off the network
/// (this machine's is closed) and out of any earlier profile.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string BrowserPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "leerwerk-chromium", Guid.NewGuid().ToString("N"));

    public HeadlessChromium()
    {
        if (!File.Exists(BrowserPath) || !File.Exists(DriverPath))
        {
            Assert.Fail($"The Web Chat browser test needs Chromium and ChromeDriver at {BrowserPath} and {DriverPath}: "
                + "apt-get install -y chromium chromium-driver (.ci/run installs them).");
        }

        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=412,915", $"--user-data-dir={_profile}");
        // The driver named outright: Selenium Manager would otherwise try to download one.
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails saying what it waited for.</summary>
    public T Until<T>(Func<IWebDriver, T?> condition, string what, int seconds = 20)
    {
        var deadline = Environment.TickCount64 + seconds * 1000L;
        while (true)
        {
            try
            {
                if (condition(Driver) is { } value && value is not false) return value;
            }
            catch (WebDriverException) when (Environment.TickCount64 < deadline)
            {
                // An element replaced while we read it: React re-rendered; look again.
            }

            if (Environment.TickCount64 >= deadline) throw new TimeoutException($"Waited {seconds} s for {what}.");
            Thread.Sleep(100);
        }
    }

    public void Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium still letting go of its profile; the temp folder is cleaned by the OS.
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leerwerk.sln"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
