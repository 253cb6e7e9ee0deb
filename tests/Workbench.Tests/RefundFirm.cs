using Employment.Applicants.V1;
using Employment.Common.V1;
using Grpc.Core;

namespace Workbench.Tests;

/// <summary>A firm of 解放区 whose 失业保险稳岗返还 of 2023 the registry's facts decide: small, 10,000 元 paid over 12 full months, 50 insured, no layoffs.</summary>
internal static class RefundFirm
{
    public static async Task<Employer> RegisterAsync(Applicants.ApplicantsClient registry, Metadata clerk, string creditCode, string name)
    {
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = creditCode, Name = name, Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, clerk);
        foreach (var fact in new[]
        {
            new EmployerFact { Source = "市场监管部门划型", Size = new SizeClassification { Size = EnterpriseSize.Small } },
            new EmployerFact { Source = "社保系统", UnemploymentInsurance = new UnemploymentInsurancePaid { Year = 2023, EmployerPart = new Money { Fen = 800_000 }, StaffPart = new Money { Fen = 200_000 }, FullMonths = 12 } },
            new EmployerFact { Source = "社保系统", Layoffs = new Layoffs { Year = 2023, LaidOff = 0, InsuredStaffAtStart = 50 } },
        })
        {
            await registry.AddEmployerFactAsync(new AddEmployerFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), EmployerId = firm.EmployerId, Fact = fact }, clerk);
        }

        return firm;
    }
}
