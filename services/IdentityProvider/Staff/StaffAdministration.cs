using System.Text.RegularExpressions;
using Employment.IdentityNumbers;
using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Domain;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Grpc.Core;
using OpenIddict.Abstractions;
using Employment.ServiceDefaults.Time;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// What an admin asks to create: the account's facts, its first password and, so that the registry records whose
/// 工号 it is, the staff member's identity number. <c>MayReview</c> lets a counter clerk review (复核) another clerk's decisions.
/// </summary>
public sealed record NewStaffAccount(string StaffNumber, string DisplayName, string OfficeRegion, string Role, string Password, string? IdNumber = null, bool MayReview = false);

/// <summary>A member of staff moved to another office or role, or given or relieved of the review permission.</summary>
public sealed record StaffAssignment(string OfficeRegion, string Role, bool MayReview = false);

/// <summary>
/// Staff accounts are created, disabled, enabled, moved to another office or role and re-bound to a new
/// authenticator by an admin only (a token of role admin from this provider), each change kept in
/// <c>staff_account_changes</c> with the admin and the time. Disabling takes effect at once for sign-in and
/// refresh, and within an access token's minutes for calls; a move at the next refresh, whose token names the
/// new office and role. Bad input is 400 naming the field, in Chinese an admin can act on.
/// </summary>
public static partial class StaffAdministration
{
    public const string Policy = "staff-admin";

    private static readonly string[] Roles = ["counter", "auditor", "admin"];

    public static void MapStaffAdministration(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var staff = app.MapGroup("/admin/staff").RequireAuthorization(Policy);
        staff.MapPost("", CreateAsync);
        // A disabled account's sessions at the provider end at once and its tokens are revoked: no refresh renews them.
        staff.MapPost("/{staffNumber}/disable", (string staffNumber, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, TimeProvider time) =>
            ChangeAsync(staffNumber, "disabled", context, users, db, time, async account =>
            {
                account.Disabled = true;
                await users.UpdateSecurityStampAsync(account);
                await Pages.ProviderSessions.EndAsync(context.RequestServices, account.StaffNumber, context.RequestAborted);
            }));
        staff.MapPost("/{staffNumber}/enable", Change("enabled", async (users, account) => { account.Disabled = false; await users.SetLockoutEndDateAsync(account, null); await users.ResetAccessFailedCountAsync(account); }));
        staff.MapPost("/{staffNumber}/assignment", AssignAsync);
        staff.MapPost("/{staffNumber}/authenticator", Change("authenticator_reset", async (users, account) => { await users.ResetAuthenticatorKeyAsync(account); await users.SetTwoFactorEnabledAsync(account, true); }));
        // Wrong sign-ins are counted per 工号 and address: the admin sees where from, and unlocks the 工号 everywhere.
        staff.MapPost("/{staffNumber}/unlock", (string staffNumber, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, SignInFailures failures, TimeProvider time) =>
            ChangeAsync(staffNumber, "unlocked", context, users, db, time, async account =>
            {
                await users.SetLockoutEndDateAsync(account, null);
                await users.ResetAccessFailedCountAsync(account);
                await failures.ClearEverywhereAsync(account.StaffNumber, context.RequestAborted);
            }));
        staff.MapGet("/{staffNumber}/sign-in-failures", async (string staffNumber, SignInFailures failures, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var now = time.GetUtcNow();
            return Results.Ok((await failures.ListAsync(staffNumber, cancellationToken))
                .Select(f => new { f.Address, f.Failures, f.FirstFailedAt, f.LastFailedAt, LockedUntil = f.LockedUntil > now ? f.LockedUntil : null }));
        });
        staff.MapGet("/{staffNumber}/changes", async (string staffNumber, IdentityProviderDbContext db, CancellationToken cancellationToken) =>
            Results.Ok(await db.StaffAccountChanges.AsNoTracking().Where(c => c.StaffNumber == staffNumber).OrderBy(c => c.Id)
                .Select(c => new { c.Change, c.Detail, c.ChangedBy, c.ChangedAt }).ToListAsync(cancellationToken)));
    }

    private static async Task<IResult> CreateAsync(
        NewStaffAccount request, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, TimeProvider time, RegistryPeople registry)
    {
        try
        {
            Check(request);
        }
        catch (DomainRuleException refused)
        {
            return Results.BadRequest(new { field = refused.Field, message = refused.Message });
        }

        if (await users.FindByNameAsync(request.StaffNumber) is not null)
        {
            return Results.Conflict(new { field = "staffNumber", message = $"工号 {request.StaffNumber} 已有账号。" });
        }

        RegisteredPerson? person = null;
        if (request.IdNumber is { Length: > 0 } typed)
        {
            if (!ResidentIdNumber.TryParse(typed.Trim(), ChinaClock.DateOf(time.GetUtcNow()), out var idNumber, out var error))
            {
                return Results.BadRequest(new { field = "idNumber", message = $"身份证号码有误：{error.MessageZh}" });
            }

            person = await registry.FindAsync(idNumber.Value, context.RequestAborted, RegistryPeople.StaffAccountPurpose);
            if (person is null)
            {
                return Results.Conflict(new { field = "idNumber", message = "该身份证号码的人员尚未在人员登记库中，请先到窗口登记后再开通账号。" });
            }
        }

        var account = new StaffAccount { UserName = request.StaffNumber, DisplayName = request.DisplayName.Trim(), OfficeRegion = request.OfficeRegion, StaffRole = request.Role, MayReview = request.MayReview };
        var created = await users.CreateAsync(account, request.Password);
        if (!created.Succeeded)
        {
            return Results.BadRequest(new { field = "password", message = "密码不符合要求：至少 10 位，含大小写字母、数字和符号。" });
        }

        if (person is not null)
        {
            try
            {
                await registry.AssignStaffNumberAsync(person, account.StaffNumber, context.RequestAborted);
            }
            catch (RpcException refused)
            {
                // Without the registry's record of whose 工号 it is, no account: the audit of decisions rests on it.
                await users.DeleteAsync(account);
                return Results.Conflict(new { field = "idNumber", message = $"人员登记库未能登记该工号（{refused.Status.Detail}），账号未开通。" });
            }
        }

        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        await KeepAsync(db, time, account, "created", context, person is null ? "" : $"，人员 {person.PersonId}");
        var key = await users.GetAuthenticatorKeyAsync(account);
        return Results.Created($"/admin/staff/{account.StaffNumber}", new { account.StaffNumber, personId = person?.PersonId, authenticatorKey = key, authenticatorUri = AuthenticatorUri(account.StaffNumber, key!) });
    }

    private static async Task<IResult> AssignAsync(string staffNumber, StaffAssignment request, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, TimeProvider time)
    {
        try
        {
            CheckAssignment(request.Role, request.OfficeRegion, request.MayReview);
        }
        catch (DomainRuleException refused)
        {
            return Results.BadRequest(new { field = refused.Field, message = refused.Message });
        }

        return await ChangeAsync(staffNumber, "reassigned", context, users, db, time, async account =>
        {
            account.OfficeRegion = request.OfficeRegion ?? "";
            account.StaffRole = request.Role;
            account.MayReview = request.MayReview;
            // A new stamp ends the sessions signed in under the old office and role.
            await users.UpdateSecurityStampAsync(account);
        });
    }

    /// <summary>An endpoint that applies one change to the account the path names, keeps it, and answers the account (with its new authenticator key after a reset).</summary>
    private static Delegate Change(string change, Func<UserManager<StaffAccount>, StaffAccount, Task> apply) =>
        (string staffNumber, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, TimeProvider time) =>
            ChangeAsync(staffNumber, change, context, users, db, time, account => apply(users, account));

    private static async Task<IResult> ChangeAsync(string staffNumber, string change, HttpContext context, UserManager<StaffAccount> users, IdentityProviderDbContext db, TimeProvider time, Func<StaffAccount, Task> apply)
    {
        if (await users.FindByNameAsync(staffNumber) is not { } account)
        {
            return Results.NotFound(new { field = "staffNumber", message = $"没有工号为 {PlainText.Quote(staffNumber)} 的账号。" });
        }

        await apply(account);
        await users.UpdateAsync(account);
        await KeepAsync(db, time, account, change, context);
        var key = change == "authenticator_reset" ? await users.GetAuthenticatorKeyAsync(account) : null;
        return Results.Ok(new { account.StaffNumber, account.Disabled, authenticatorKey = key, authenticatorUri = key is null ? null : AuthenticatorUri(account.StaffNumber, key) });
    }

    private static async Task KeepAsync(IdentityProviderDbContext db, TimeProvider time, StaffAccount account, string change, HttpContext context, string more = "")
    {
        db.StaffAccountChanges.Add(new StaffAccountChange
        {
            StaffNumber = account.StaffNumber,
            Change = change,
            Detail = $"{account.DisplayName}，{account.StaffRole}，{(account.OfficeRegion.Length > 0 ? account.OfficeRegion : "全平台")}{(account.MayReview ? "，可复核" : "")}{(account.Disabled ? "，已停用" : "")}{more}",
            ChangedBy = context.User.GetClaim(Claims.Subject) ?? "",
            ChangedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(context.RequestAborted);
        // 工作人员名录 in the registry follows each change (whom a record may be handed to), without holding the admin's answer.
        context.RequestServices.GetRequiredService<StaffDirectorySync>().Changed(account.StaffNumber);
    }

    private static void Check(NewStaffAccount request)
    {
        if (!StaffNumberShape().IsMatch(request.StaffNumber ?? ""))
        {
            throw DomainRuleException.Invalid("staffNumber", "工号应为 3 至 32 位大写字母、数字或连字符，如 JZ-CLERK-03。");
        }

        PlainText.Check(request.DisplayName, "displayName", 64, "姓名");
        CheckAssignment(request.Role, request.OfficeRegion, request.MayReview);
    }

    /// <summary>A role of the platform's staff, and the office's region every role but admin works for.</summary>
    private static void CheckAssignment(string? role, string? officeRegion, bool mayReview)
    {
        if (mayReview && role != TokenClaims.RoleName(CallerRole.Counter))
        {
            throw DomainRuleException.Invalid("mayReview", "复核权限只授予窗口经办人员（counter）。");
        }

        if (!Roles.Contains(role ?? "", StringComparer.Ordinal))
        {
            throw DomainRuleException.Invalid("role", "角色应为 counter（窗口经办人员）、auditor（稽核人员）或 admin（平台运维人员）。");
        }

        RegionCodes.Place(officeRegion ?? "", "officeRegion", required: role != TokenClaims.RoleName(CallerRole.Admin));
    }

    private static string AuthenticatorUri(string staffNumber, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("就业创业服务平台:" + staffNumber)}?secret={key}&digits=6&period=30";

    [GeneratedRegex("^[A-Z0-9-]{3,32}$")]
    private static partial Regex StaffNumberShape();
}
