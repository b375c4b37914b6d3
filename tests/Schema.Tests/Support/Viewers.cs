using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Tests.Support;

/// <summary>Signed-in people for tests that do not store them; tests about access store real ones instead.</summary>
public static class Viewers
{
    public static RoleDocument AdministratorRole { get; } = new()
    {
        Id = DemoRoleIds.Administrator,
        Name = "Administrator",
        Permissions = Enum.GetValues<Permission>(),
        IsDefault = true,
    };

    public static Viewer Administrator { get; } =
        new(Build.Associate("test-administrator", "Test Administrator") with { RoleIds = [DemoRoleIds.Administrator] }, [AdministratorRole]);
}
