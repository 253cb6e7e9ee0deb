using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Employment.Persistence;

/// <summary>
/// How <c>dotnet ef</c> builds a provider's context type: that provider, no connection (adding a
/// migration never connects). A service declares one per provider context, e.g.
/// <c>public sealed class SqliteFooDbContextFactory() : DesignTimeFactory&lt;SqliteFooDbContext&gt;(DatabaseProvider.Sqlite, o =&gt; new(o));</c>
/// </summary>
public abstract class DesignTimeFactory<TContext>(DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => create(ServiceDatabase.Options<TContext>(provider, connectionString: null));
}
