using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Employment.IdentityProvider.Data;

/// <summary>
/// The identity provider's own database: the staff's accounts (ASP.NET Core Identity's tables), citizens'
/// one-time sign-in codes, the sign-in sessions, the staff's wrong sign-ins per 工号 and address, and
/// OpenIddict's applications, authorizations, scopes and tokens. SQLite by default, PostgreSQL when
/// configured; each provider has its context type and its migrations (services/Persistence/README.md).
/// </summary>
public abstract class IdentityProviderDbContext(DbContextOptions options) : IdentityDbContext<StaffAccount>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection keys every copy of the provider shares (its cookies, codes and refresh tokens).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Every change an admin made to a staff account.</summary>
    public DbSet<StaffAccountChange> StaffAccountChanges => Set<StaffAccountChange>();

    /// <summary>The one-time codes of citizens' real-name sign-ins.</summary>
    public DbSet<CitizenSignInCode> CitizenSignInCodes => Set<CitizenSignInCode>();

    /// <summary>The sign-in sessions at the provider, each cookie's id checked here (staff's and citizens').</summary>
    public DbSet<ProviderSession> ProviderSessions => Set<ProviderSession>();

    /// <summary>Wrong staff sign-ins per 工号 and address: the lockout's count.</summary>
    public DbSet<StaffSignInFailure> StaffSignInFailures => Set<StaffSignInFailure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<StaffAccount>(e =>
        {
            e.Ignore(a => a.StaffNumber);
            e.Property(a => a.DisplayName).HasMaxLength(64);
            e.Property(a => a.OfficeRegion).HasMaxLength(6);
            e.Property(a => a.StaffRole).HasMaxLength(16);
        });
        builder.Entity<StaffAccountChange>(e =>
        {
            e.ToTable("staff_account_changes");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.StaffNumber, c.Id });
            e.Property(c => c.StaffNumber).HasMaxLength(32);
            e.Property(c => c.Change).HasMaxLength(32);
            e.Property(c => c.Detail).HasMaxLength(200);
            e.Property(c => c.ChangedBy).HasMaxLength(32);
        });
        builder.Entity<CitizenSignInCode>(e =>
        {
            e.ToTable("citizen_sign_in_codes");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasMaxLength(32);
            e.Property(c => c.PersonId).HasMaxLength(64);
            e.Property(c => c.CodeHash).HasMaxLength(64);
            // A person's codes are read when another is asked for (one live code per person).
            e.HasIndex(c => c.PersonId);
            // Two entries at once cannot both use one code, nor count as one wrong entry.
            e.Property(c => c.FailedAttempts).IsConcurrencyToken();
            e.Property(c => c.SpentAt).IsConcurrencyToken();
        });
        builder.Entity<ProviderSession>(e =>
        {
            e.ToTable("provider_sessions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(32);
            e.Property(s => s.Subject).HasMaxLength(ProviderSession.MaxSubjectLength);
            // Signing out and disabling end a subject's sessions.
            e.HasIndex(s => s.Subject);
        });
        builder.Entity<StaffSignInFailure>(e =>
        {
            e.ToTable("staff_sign_in_failures");
            e.HasKey(f => new { f.StaffNumber, f.Address });
            e.Property(f => f.StaffNumber).HasMaxLength(StaffSignInFailure.MaxStaffNumberLength);
            e.Property(f => f.Address).HasMaxLength(StaffSignInFailure.MaxAddressLength);
            // Two wrong entries at once each count: the second's write meets the first's and reads again.
            e.Property(f => f.Failures).IsConcurrencyToken();
        });
    }
}
