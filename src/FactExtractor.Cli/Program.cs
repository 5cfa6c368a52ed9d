return FactExtractor.Cli.CommandLine.Run(args, Console.In, Console.Out, Console.Error);
