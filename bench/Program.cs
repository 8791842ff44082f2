using Leerwerk.Bench;

// One benchmark per part of the bot, or `all` of them in one run. Exit code 1: a goal missed; 2: unknown command.
return await BenchCommands.RunAsync(args, Console.Out);
