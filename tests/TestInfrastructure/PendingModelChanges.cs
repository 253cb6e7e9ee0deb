using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Employment.TestInfrastructure;

/// <summary>
/// The model must match the model snapshot of the context's migrations set: a model changed without
/// <c>dotnet ef migrations add</c> fails here, with the command to run, before EF refuses to migrate
/// at start-up.
/// </summary>
public static class PendingModelChanges
{
    /// <param name="db">A provider's context type (its options need no connection).</param>
    /// <param name="project">The service project, from the repository root (e.g. <c>services/Loans</c>).</param>
    public static void AssertNone(DbContext db, string project)
    {
        var context = db.GetType().Name;
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model of {context} has changes that no migration holds. From the repository root run "
            + $"`dotnet tool restore` and `dotnet ef migrations add <Name> --project {project} --context {context}` "
            + $"(and the same for the service's other provider context), then commit the generated files.");
    }
}
