using Leerwerk.Bench.Knowledge;

// One benchmark per part of the bot; `knowledge` is the first. Exit code 2: unknown command.
if (args is ["knowledge", .. var rest])
    return KnowledgeBenchmark.Run(rest, Console.Out);

await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project bench -- knowledge [--quick]");
return 2;
