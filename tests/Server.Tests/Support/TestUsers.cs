using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;

namespace GraphTraining.Server.Tests.Support;

/// <summary>The administrator every test host holds, so tests that are not about access run as someone who may do anything.</summary>
public static class TestUsers
{
    public const string AdministratorId = "test-administrator";

    public static async Task EnsureAdministratorAsync(ITrainingStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.Associates.GetByIdAsync(AdministratorId) is not null)
        {
            return;
        }

        if (await store.Roles.GetByIdAsync(DemoRoleIds.Administrator) is null)
        {
            await store.Roles.InsertAsync(new RoleDocument
            {
                Id = DemoRoleIds.Administrator,
                Name = "Administrator",
                Permissions = Enum.GetValues<Permission>(),
                IsDefault = true,
            });
        }

        await store.Associates.InsertAsync(new AssociateDocument
        {
            Id = AdministratorId,
            EmployeeNumber = "E-ADMIN",
            FirstName = "Test",
            LastName = "Administrator",
            DisplayName = "Test Administrator",
            LocationId = "loc-admin",
            RoleIds = [DemoRoleIds.Administrator],
        });
    }
}
