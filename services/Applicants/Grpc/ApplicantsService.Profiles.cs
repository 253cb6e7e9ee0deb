using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Grpc;

public sealed partial class ApplicantsService
{
    /// <summary>The categories this registry evaluates, with the clerk's names for them (R10).</summary>
    private static readonly (string Id, string NameZh)[] CategoryNames =
    [
        ("college_graduate_graduation_year", "毕业年度高校毕业生"),
        ("graduate_within_1y_of_leaving", "离校1年内未就业高校毕业生"),
        ("graduate_within_2y_of_leaving", "离校2年内未就业高校毕业生"),
        ("college_student_or_recent_graduate", "大中专学生及毕业5年内毕业生"),
        ("unemployed_youth", "16-24岁登记失业青年"),
        ("registered_unemployed_6m", "登记失业半年以上人员"),
        ("employment_difficulty", "就业困难人员"),
        ("poverty_alleviated", "脱贫人口"),
        ("veteran", "退役军人"),
        ("returning_migrant_worker", "返乡入乡农民工"),
        ("new_citizen", "新市民"),
        ("disabled", "残疾人"),
    ];

    /// <summary>
    /// A person's profile for another service. The whole identity number is not part of it (the
    /// birth date is); the read is logged with the calling service and its purpose.
    /// </summary>
    public override async Task<PersonProfile> GetProfile(GetProfileRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Purpose))
        {
            throw RpcErrors.Invalid("purpose", "读取人员档案须说明用途（purpose），例如 loans.eligibility。");
        }

        var person = await FindPersonAsync(request.Person, Scope(context), context.CancellationToken);
        var profile = await LoadProfileAsync(person, maskIdNumber: true, context.CancellationToken);
        await LogProfileReadAsync(RecordMapping.Person, person.Id, request.Purpose, context);
        return profile;
    }

    /// <summary>Records who read a profile and why, before the profile is handed out.</summary>
    private async Task LogProfileReadAsync(string subjectType, string subjectId, string purpose, ServerCallContext context)
    {
        db.ProfileAccess.Add(new ProfileAccessRecord
        {
            Id = RecordIds.New("R"),
            SubjectType = subjectType,
            SubjectId = subjectId,
            CallerService = CallerInfo.Service(callers, context),
            Purpose = purpose,
            At = Now,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public override async Task<EvaluateCategoriesResponse> EvaluateCategories(EvaluateCategoriesRequest request, ServerCallContext context)
    {
        var person = await FindPersonAsync(request.Person, Scope(context), context.CancellationToken);
        var on = request.On is null ? Today : PersonValidation.Period(new DatePeriod { From = request.On }, "on").From ?? Today;
        var regionCode = PersonValidation.Region(request.Region, "region");
        var region = regionCode.Length > 0 ? Region.Parse(regionCode)
            : person.ResidenceRegion.Length > 0 ? Region.Parse(person.ResidenceRegion)
            : throw RpcErrors.Invalid("region", "请提供适用政策的地区代码（region）。");
        var wanted = request.CategoryIds.Count == 0 ? CategoryNames.Select(c => c.Id).ToHashSet() : request.CategoryIds.ToHashSet();
        var unknown = wanted.Except(CategoryNames.Select(c => c.Id)).ToList();
        if (unknown.Count > 0)
        {
            throw RpcErrors.Invalid("category_ids", $"未知的人员类别：{string.Join("、", unknown)}。");
        }

        var profile = await LoadProfileAsync(person, maskIdNumber: false, context.CancellationToken);
        var response = new EvaluateCategoriesResponse { PersonId = person.Id, On = ProtoMapping.ToProto(on), ProfileVersion = profile.ProfileVersion };
        foreach (var (id, nameZh) in CategoryNames.Where(c => wanted.Contains(c.Id)))
        {
            var explanation = new ExplanationBuilder(on);
            var member = Evaluate(id, profile, region, on, explanation);
            response.Results.Add(new CategoryResult
            {
                CategoryId = id,
                NameZh = nameZh,
                Member = member,
                Explanation = explanation.Build(member ? $"属于{nameZh}" : $"不属于{nameZh}"),
            });
        }

        return response;
    }

    private bool Evaluate(string categoryId, PersonProfile profile, Region region, DateOnly on, ExplanationBuilder explanation) => categoryId switch
    {
        "college_graduate_graduation_year" => categories.GraduateInGraduationYear(profile, region, on, explanation),
        "graduate_within_1y_of_leaving" => categories.GraduateWithinOneYearOfLeaving(profile, region, on, explanation),
        "graduate_within_2y_of_leaving" => categories.GraduateWithinTwoYearsOfLeaving(profile, region, on, explanation),
        "college_student_or_recent_graduate" => categories.CollegeStudentOrRecentGraduate(profile, region, on, explanation),
        "unemployed_youth" => categories.UnemployedYouth(profile, region, on, explanation),
        "registered_unemployed_6m" => categories.RegisteredUnemployedAtLeastMonths(profile, region, on, explanation),
        "employment_difficulty" => categories.EmploymentDifficulty(profile, region, on, explanation),
        "poverty_alleviated" => categories.PovertyAlleviated(profile, region, on, explanation),
        "veteran" => categories.Veteran(profile, region, on, explanation),
        "returning_migrant_worker" => categories.ReturningMigrantWorker(profile, region, on, explanation),
        "new_citizen" => categories.NewCitizen(profile, region, on, explanation),
        _ => categories.Disabled(profile, region, on, explanation),
    };

    private async Task<PersonProfile> LoadProfileAsync(PersonRecord person, bool maskIdNumber, CancellationToken cancellationToken)
    {
        var facts = await db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == RecordMapping.Person && f.SubjectId == person.Id && !f.Superseded)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var profile = new PersonProfile { Person = RecordMapping.ToProto(person, maskIdNumber), ProfileVersion = person.Version };
        profile.Facts.AddRange(facts.Select(RecordMapping.ToProto));
        return profile;
    }
}
