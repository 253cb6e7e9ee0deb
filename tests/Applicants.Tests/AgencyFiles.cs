using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Applicants.Tests;

/// <summary>Agencies' files as they send them, people registered in bulk to match them, and the exchange's streaming call.</summary>
internal static class AgencyFiles
{
    public const string ContributionHeader = "证件号码,姓名,单位统一社会信用代码,险种,参保身份,开始年月,终止年月,实缴月数,月缴费额,单位月缴费额,按时足额,参保地";

    /// <summary>Distinct valid numbers: one birth day per thousand, within a division no other test of the class uses.</summary>
    public static string IdNumber(int i, string division = "410821")
    {
        var first17 = $"{division}{new DateOnly(1970, 1, 1).AddDays(i / 1000):yyyyMMdd}{i % 1000:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>Registers people straight into the registry's database (a clerk's registration is tested elsewhere).</summary>
    public static async Task RegisterAsync(RegistryHost host, IEnumerable<(string IdNumber, string Name)> people)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        var today = new DateOnly(2026, 11, 1);
        foreach (var (number, name) in people)
        {
            db.People.Add(PersonRecord.Register(new NewPerson(ResidentIdNumber.Parse(number, today), name, "", "410802", HouseholdType.Urban, "410802"), "seed", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>One 社保 row: a year's pension payment period with an employer, its part and on time.</summary>
    public static string Contribution(string idNumber, string name, string employer, string scheme = "110", string first = "202501", string last = "202512", int months = 12) =>
        $"{idNumber},{name},{employer},{scheme},单位职工,{first},{last},{months},1200.00,800.00,是,";

    /// <summary>GBK, as the agencies' exports are encoded (the code pages registered first, as the service does).</summary>
    public static System.Text.Encoding Gbk
    {
        get
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            return System.Text.Encoding.GetEncoding("GBK");
        }
    }

    public static byte[] Utf8(IEnumerable<string> lines) => AgencyBatches.Utf8(lines);

    public static AgencyBatchHeader Header(AgencySource source, string batchId, string encoding = "UTF-8") => AgencyBatches.Header(source, batchId, encoding);

    public static Task<AgencyBatchReceipt> SendAsync(RegistryHost host, AgencyBatchHeader header, byte[] file, int chunk = 7_777, Metadata? caller = null) =>
        AgencyBatches.SendAsync(host.Client, header, file, caller ?? TestCallers.Service("agency-exchange"), chunk);
}
