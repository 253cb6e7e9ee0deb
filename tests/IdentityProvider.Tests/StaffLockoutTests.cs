using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// The staff sign-in tells nothing of a 工号 (ASVS 2.2.1, 3.2): a known, an unknown and a disabled one are answered
/// alike after one password hash each, until the password is right. Wrong entries lock a 工号 per address, so a
/// caller elsewhere cannot lock a clerk out of their office; an unknown 工号 locks exactly as a known one; an admin
/// sees where the attempts came from and unlocks. The log keeps a typed 工号 to one bounded line.
/// </summary>
public sealed partial class StaffLockoutTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";
    private readonly HashCount _hashes = new();

    protected override Action<IServiceCollection>? Services =>
        services => services.AddScoped<IPasswordHasher<StaffAccount>>(_ => new CountingHasher(new PasswordHasher<StaffAccount>(), _hashes));

    [Fact]
    public async Task A_known_an_unknown_and_a_disabled_staff_number_get_the_same_answer_after_one_password_hash_each()
    {
        await ClerkAsync("JZ0101", "410800", Password);
        await ClerkAsync("JZ0102", "410800", Password);
        await DisableAsync("JZ0102");
        using var flow = Flow();
        var returnUrl = await flow.SentToSignInAsync(flow.AuthorizeAddress().Address);

        var answers = new List<(HttpStatusCode Status, string Problem, int Hashes)>();
        foreach (var staffNumber in new[] { "JZ0101", "JZ0102", "JZ0199" })
        {
            _hashes.Reset();
            var (status, page) = await flow.PostPasswordAsync(returnUrl, staffNumber, "not-the-password");
            answers.Add((status, Problem(page), _hashes.Verified));
        }

        var (disabledRight, disabledPage) = await flow.PostPasswordAsync(returnUrl, "JZ0102", Password);

        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(HttpStatusCode.Unauthorized, answers[0].Status);
        Assert.Equal(1, answers[0].Hashes);
        Assert.DoesNotContain("再输错", answers[0].Problem, StringComparison.Ordinal);
        // Only the one who knows the password learns that the account is disabled.
        Assert.Equal(HttpStatusCode.Forbidden, disabledRight);
        Assert.Contains("该账号已停用", Problem(disabledPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_staff_number_from_that_address_only_an_unknown_one_alike_and_an_admin_sees_and_unlocks()
    {
        var key = await ClerkAsync("JZ0103", "410800", Password);
        using var guesser = Flow();
        guesser.Browser.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.50");
        var returnUrl = await guesser.SentToSignInAsync(guesser.AuthorizeAddress().Address);

        var known = new List<HttpStatusCode>();
        var unknown = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            known.Add((await guesser.PostPasswordAsync(returnUrl, "JZ0103", "wrong-" + attempt)).Status);
            unknown.Add((await guesser.PostPasswordAsync(returnUrl, "JZ0198", "wrong-" + attempt)).Status);
        }

        var (rightButLocked, lockedPage) = await guesser.PostPasswordAsync(returnUrl, "JZ0103", Password);
        using var office = Flow();
        office.Browser.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.51");
        var (atTheOffice, _) = await office.SignInAsync("JZ0103", Password, () => Employment.TestInfrastructure.SignInFlow.Code(key));

        HttpStatusCode[] expected = [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)423];
        Assert.Equal(expected, known);
        Assert.Equal(expected, unknown);
        Assert.Equal((HttpStatusCode)423, rightButLocked);
        Assert.Contains("暂停以该工号登录 15 分钟", Problem(lockedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, atTheOffice);

        using var admin = await Provider.AdminAsync();
        var attempts = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ0103/sign-in-failures");
        var from = Assert.Single(attempts.EnumerateArray());
        Assert.Equal("10.20.30.50", from.GetProperty("address").GetString());
        Assert.Equal(5, from.GetProperty("failures").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, from.GetProperty("lockedUntil").ValueKind);

        using var unlocked = await admin.PostAsync("/admin/staff/JZ0103/unlock", null);
        var (afterUnlock, _) = await guesser.PostPasswordAsync(returnUrl, "JZ0103", Password);
        var changes = await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ0103/changes");

        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterUnlock);
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("change").GetString() == "unlocked");
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/admin/staff/JZ0103/sign-in-failures")).EnumerateArray());
    }

    [Fact]
    public async Task A_typed_staff_number_with_a_line_break_or_thousands_of_characters_writes_one_bounded_log_line()
    {
        using var flow = Flow();
        var returnUrl = await flow.SentToSignInAsync(flow.AuthorizeAddress().Address);
        var forged = "JZ0001\r\nStaff sign-in: ADMIN signed in from 127.0.0.1";
        var long5000 = new string('码', 5000);

        await flow.PostPasswordAsync(returnUrl, forged, "wrong");
        await flow.PostPasswordAsync(returnUrl, long5000, "wrong");

        var refused = Provider.Log.Where(l => l.Contains("Staff sign-in refused", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, l => Assert.DoesNotContain('\n', l));
        Assert.All(refused, l => Assert.DoesNotContain('\r', l));
        Assert.All(refused, l => Assert.True(l.Length < 300, $"a log line of {l.Length} characters"));
        Assert.Contains(refused, l => l.Contains("(5000)", StringComparison.Ordinal));
    }

    private async Task DisableAsync(string staffNumber)
    {
        await using var scope = Provider.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = await users.FindByNameAsync(staffNumber);
        account!.Disabled = true;
        await users.UpdateAsync(account);
    }

    private static string Problem(string page) => ProblemText().Match(page) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemText();

    private sealed class HashCount
    {
        private int _verified;

        public int Verified => Volatile.Read(ref _verified);

        public void Reset() => Interlocked.Exchange(ref _verified, 0);

        public void Verify() => Interlocked.Increment(ref _verified);
    }

    /// <summary>The library's hasher, counting the password checks it makes (the work that costs the time).</summary>
    private sealed class CountingHasher(IPasswordHasher<StaffAccount> inner, HashCount count) : IPasswordHasher<StaffAccount>
    {
        public string HashPassword(StaffAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffAccount user, string hashedPassword, string providedPassword)
        {
            count.Verify();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
