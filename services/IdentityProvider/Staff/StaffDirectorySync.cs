using System.Collections.Concurrent;
using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// 工作人员名录 kept in the registry: an account an admin opens, disables, enables or moves is recorded there as it
/// now is (<see cref="Changed"/>), and at start every account is, so that accounts made while the registry was away
/// (the demo staff, seeded before any service runs) reach it too. An account the registry could not take is tried
/// again, waiting longer each time up to a minute; the provider's own change never waits on the registry. Nothing is
/// sent before the registry's address is configured (Citizens:RegistryAddress or Services:applicants).
/// </summary>
public sealed partial class StaffDirectorySync(
    IServiceScopeFactory scopes, IdentityProviderOptions options, IConfiguration configuration, TimeProvider time, ILogger<StaffDirectorySync> log) : BackgroundService
{
    /// <summary>The first wait after the registry refused or was away, and the longest: technical figures, not policy.</summary>
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2), LongestRetry = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>The account of <paramref name="staffNumber"/> changed: record it in the registry as it now is.</summary>
    public void Changed(string staffNumber)
    {
        _pending[staffNumber] = 0;
        _signal.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var everyAccount = true;
        var wait = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!RegistryKnown())
                {
                    // The registry starts after the provider and its address is set once it listens (the launcher, a test's
                    // platform): the registry client takes the address it is first made with, so none is made before.
                    await Task.Delay(FirstRetry, time, stoppingToken);
                    continue;
                }

                if (everyAccount)
                {
                    await PendAllAsync(stoppingToken);
                    everyAccount = false;
                }

                await RecordPendingAsync(stoppingToken);
                wait = FirstRetry;
                await _signal.WaitAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The registry away, refusing, or the provider's own database briefly: nothing is lost, the accounts stay pending.
                NotRecorded(log, e.GetType().Name, e.Message);
                await Task.Delay(wait, time, stoppingToken);
                wait = wait * 2 < LongestRetry ? wait * 2 : LongestRetry;
            }
        }
    }

    private bool RegistryKnown() =>
        options.Citizens.RegistryAddress is { Length: > 0 } || configuration["Services:applicants"] is { Length: > 0 };

    private async Task PendAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        foreach (var staffNumber in await users.Users.AsNoTracking().Select(a => a.UserName!).ToListAsync(cancellationToken))
        {
            _pending[staffNumber] = 0;
        }
    }

    /// <summary>Records every pending account, in order; one the registry did not take stays pending and ends the round.</summary>
    private async Task RecordPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var registry = scope.ServiceProvider.GetRequiredService<RegistryPeople>();
        foreach (var staffNumber in _pending.Keys.Order(StringComparer.Ordinal).ToList())
        {
            _pending.TryRemove(staffNumber, out _);
            try
            {
                if (await users.FindByNameAsync(staffNumber) is { } account)
                {
                    await registry.RecordStaffMemberAsync(account, cancellationToken);
                }
            }
            catch
            {
                _pending.TryAdd(staffNumber, 0);
                throw;
            }
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff accounts not yet recorded in the registry's 工作人员名录 ({Error}: {Detail}); tried again later")]
    private static partial void NotRecorded(ILogger logger, string error, string detail);
}
