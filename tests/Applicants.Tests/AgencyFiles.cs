using System.Text;
using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Google.Protobuf;
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

    public static byte[] Utf8(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static AgencyBatchHeader Header(AgencySource source, string batchId, string encoding = "UTF-8") =>
        new() { Source = source, BatchId = batchId, Encoding = encoding, FileName = "export.csv" };

    /// <summary>Sends the file in chunks of <paramref name="chunk"/> bytes (an odd size, so rows and characters straddle chunks).</summary>
    public static async Task<AgencyBatchReceipt> SendAsync(RegistryHost host, AgencyBatchHeader header, byte[] file, int chunk = 7_777, Metadata? caller = null)
    {
        using var call = host.Client.ImportAgencyBatch(caller ?? TestCallers.Service("agency-exchange"));
        try
        {
            await call.RequestStream.WriteAsync(new AgencyBatchChunk { Header = header });
            for (var at = 0; at < file.Length; at += chunk)
            {
                await call.RequestStream.WriteAsync(new AgencyBatchChunk { Data = ByteString.CopyFrom(file, at, Math.Min(chunk, file.Length - at)) });
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException) when (call.ResponseAsync.IsCompleted)
        {
            // The registry answered before the file was all sent (a batch completed before, or a refused header): its answer says why.
        }

        return await call.ResponseAsync;
    }
}
