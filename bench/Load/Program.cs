using Leerwerk.Bench.Load;

// The load driver on its own, against a bot that is already running (see LoadCommand).
return await LoadCommand.RunAsync(args, Console.Out);
