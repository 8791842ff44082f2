using Leerwerk.Tools;

// The dotnet-ef tool is not in the package registry we can reach, so migrations are scaffolded
// here with EF's own design-time services: `dotnet run --project tools -- add-migration <Name>`.
return args switch
{
    ["add-migration", var name] => MigrationScaffolding.Add(name),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("gebruik: dotnet run --project tools -- add-migration <Naam>");
    return 2;
}
