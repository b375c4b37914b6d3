using System.CommandLine;
using GraphQL.Types;
using GraphTraining.Schema;

namespace GraphTraining.Server.Cli;

internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the SDL to this file instead of standard output." };
        var command = new Command("schema", "Prints the GraphQL schema (SDL), the content of schema.graphql.") { output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var app = CliHost.Build(parseResult);
            var sdl = SchemaPrinting.Print(app.Services.GetRequiredService<ISchema>());
            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken);
            }
            else
            {
                await Console.Out.WriteAsync(sdl);
            }

            return 0;
        });
        return command;
    }
}
