using System.Security.Cryptography;
using System.Text;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Employment.Persistence.Payments;

/// <summary>
/// How objections to a notice are bounded (section <c>Objections</c>). The documents set none of these: they are the
/// bureau's operating limits, and the values shipped are samples (示例值) for it to set.
/// </summary>
public sealed class ObjectionOptions
{
    public const string SectionName = "Objections";

    /// <summary>Objections one objector (a signed-in person, or a confirmed phone) may file against one batch on notice.</summary>
    public int MaxPerObjectorPerNotice { get; set; } = 3;

    /// <summary>How long a texted code may be entered.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The least time between two codes texted to one phone.</summary>
    public TimeSpan CodeResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Codes texted to one phone in the last 24 hours, at most.</summary>
    public int MaxCodesPerPhonePerDay { get; set; } = 5;

    /// <summary>Wrong entries before a code is spent and a new one must be asked for.</summary>
    public int MaxCodeAttempts { get; set; } = 5;
}

/// <summary>Registration of a service's 公示异议.</summary>
public static class ObjectionRegistration
{
    /// <summary>The limits of the service's objections (section <c>Objections</c>) and the texts their codes go by; the objections themselves come with its SubsidyPayments.</summary>
    public static void AddPaymentObjections(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(builder.Configuration.GetSection(ObjectionOptions.SectionName).Get<ObjectionOptions>() ?? new ObjectionOptions());
        builder.AddSmsSender();
    }
}

/// <summary>
/// A code texted to an objector's phone for one batch (table "objection_codes"), kept hashed; spent by its first right
/// entry (which names the idempotency key it was spent under, so a retry of that objection passes again) or by
/// <see cref="ObjectionOptions.MaxCodeAttempts"/> wrong ones.
/// </summary>
public sealed class ObjectionCodeRecord
{
    /// <summary>Random, 32 hex characters; also the salt of the hash.</summary>
    public required string Id { get; set; }

    public required string BatchId { get; set; }

    public required string Phone { get; set; }

    public required string CodeHash { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? SpentAt { get; set; }

    /// <summary>The idempotency key of the objection a right entry spent it on.</summary>
    public string SpentByKey { get; set; } = "";
}

/// <summary>
/// The phone of an objector who has not signed in, confirmed by a code texted to it for the batch: its own small writes,
/// saved before the objection's, so a wrong entry counts even though the objection is refused.
/// </summary>
public static class ObjectionPhones
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>A mainland mobile number: 11 digits starting with 1 (INVALID_ARGUMENT naming the field otherwise).</summary>
    public static string Mobile(string value, string field)
    {
        var phone = value.Trim();
        return phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit)
            ? phone
            : throw DomainRuleException.Invalid(field, phone.Length == 0
                ? "未登录提交异议，请填写您的手机号码并输入短信验证码；登录后提交则不需要。"
                : $"手机号码“{PlainText.Quote(phone)}”无效：应为以1开头的11位数字。");
    }

    /// <summary>Texts a new code for <paramref name="batchId"/> to <paramref name="phone"/>; when it may be entered until.</summary>
    /// <exception cref="DomainRuleException">FAILED_PRECONDITION: too soon after the last, too many today, or no texts can be sent.</exception>
    public static async Task<DateTimeOffset> SendAsync(DbContext db, ISmsSender? sms, ObjectionOptions options, string batchId, string phone, string region, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (sms is null)
        {
            throw DomainRuleException.NotAllowed($"短信验证暂不能使用。请登录后再提交异议，或向{Places.ProperNameOf(region)}人社部门反映、拨打 12333。");
        }

        var codes = db.Set<ObjectionCodeRecord>();
        var sent = await codes.Where(c => c.Phone == phone).ToListAsync(cancellationToken);
        if (sent.Any(c => now - c.SentAt < options.CodeResendInterval))
        {
            throw DomainRuleException.NotAllowed("验证码刚刚发出，请稍候一分钟再获取。");
        }

        // Codes older than a day count towards nothing and are no longer kept.
        codes.RemoveRange(sent.Where(c => now - c.SentAt >= Day));
        if (sent.Count(c => now - c.SentAt < Day) >= options.MaxCodesPerPhonePerDay)
        {
            await db.SaveChangesAsync(cancellationToken);
            throw DomainRuleException.NotAllowed($"这个手机号码今天获取验证码的次数已达上限（{options.MaxCodesPerPhonePerDay} 次），请明天再试，或向{Places.ProperNameOf(region)}人社部门反映、拨打 12333。");
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var expires = now + options.CodeLifetime;
        codes.Add(new ObjectionCodeRecord { Id = id, BatchId = batchId, Phone = phone, CodeHash = Hash(id, code), SentAt = now, ExpiresAt = expires });
        await db.SaveChangesAsync(cancellationToken);
        await sms.SendAsync(phone, $"【人社公示异议】您的验证码是 {code}，{(int)options.CodeLifetime.TotalMinutes} 分钟内有效，只用于对公示批次 {batchId} 提出异议。如非本人操作，请忽略。", cancellationToken);
        return expires;
    }

    /// <summary>
    /// The code entered for the batch and phone: right, it is spent under <paramref name="idempotencyKey"/> (a retry under the
    /// same key passes again); wrong, the entry counts and INVALID_ARGUMENT (phone_code) says how many are left.
    /// </summary>
    public static async Task ConfirmAsync(DbContext db, ObjectionOptions options, string batchId, string phone, string code, string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var entered = (code ?? "").Trim();
        if (entered.Length == 0)
        {
            throw DomainRuleException.Invalid("phone_code", "请输入发到您手机上的验证码；还没有收到的，请先点“获取验证码”。");
        }

        // SQLite compares no DateTimeOffset: a phone's codes are few, and their time is read here.
        var candidates = (await db.Set<ObjectionCodeRecord>().Where(c => c.Phone == phone && c.BatchId == batchId).ToListAsync(cancellationToken))
            .Where(c => c.ExpiresAt > now).ToList();
        if (candidates.FirstOrDefault(c => c.SpentAt is not null && c.SpentByKey == idempotencyKey && idempotencyKey.Length > 0 && Matches(c, entered)) is not null)
        {
            return;
        }

        var live = candidates.Where(c => c.SpentAt is null).OrderByDescending(c => c.SentAt).ToList();
        if (live.Count == 0)
        {
            throw DomainRuleException.Invalid("phone_code", "验证码已失效或已用过，请重新获取验证码。");
        }

        if (live.FirstOrDefault(c => Matches(c, entered)) is { } right)
        {
            right.SpentAt = now;
            right.SpentByKey = idempotencyKey;
            await SaveOnceAsync(db, cancellationToken);
            return;
        }

        // A wrong entry counts against the newest code: the one the objector is most likely typing.
        var newest = live[0];
        if (++newest.FailedAttempts >= options.MaxCodeAttempts)
        {
            newest.SpentAt = now;
        }

        await SaveOnceAsync(db, cancellationToken);
        var left = options.MaxCodeAttempts - newest.FailedAttempts;
        throw DomainRuleException.Invalid("phone_code", left > 0 ? $"验证码不对，还可以再试 {left} 次。" : "验证码输错次数过多，已失效，请重新获取验证码。");
    }

    /// <summary>Saves a code's entry; another entry of the same code that got there first spends it for this one.</summary>
    private static async Task SaveOnceAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw DomainRuleException.Invalid("phone_code", "这个验证码刚刚已被使用，请重新获取验证码。");
        }
    }

    private static bool Matches(ObjectionCodeRecord stored, string code) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(stored.Id, code)), Encoding.ASCII.GetBytes(stored.CodeHash));

    private static string Hash(string id, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + ":" + code)));
}
