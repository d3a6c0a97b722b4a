using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Domain;

internal static class TaskBuilder
{
    public static readonly Department WanzhouTransport = Department.Create("WZ-TRANSPORT", "WZ", "万州区交通局", "Wanzhou Transport Bureau", "transport");
    public static readonly Department KaizhouTransport = Department.Create("KZ-TRANSPORT", "KZ", "开州区交通局", "Kaizhou Transport Bureau", "transport");
    public static readonly Department DazhouTransport = Department.Create("DZ-TRANSPORT", "DZ", "达州市交通运输局", "Dazhou Transport Bureau", "transport");

    public static TaskDefinition Definition(string key = "WDK-2023-04") => new(
        key, ListTypeCodes.JointKeyTask, "WDK", "infrastructure", "万开达直线高速", "Wanzhou–Kaizhou–Dazhou direct expressway",
        "2021—2025年", 2021, 2025, "新建万州至开州南雅高速公路50.8公里。", TaskStage.Continuing, "doc", 4, null);

    public static CoordinatedTask Road() => CoordinatedTask.Create(
        Definition(),
        [
            new PartySpec("WZ", PartyRole.Responsible, null, [WanzhouTransport]),
            new PartySpec("KZ", PartyRole.Responsible, null, [KaizhouTransport]),
            new PartySpec("YY", PartyRole.Participant, null, []),
        ],
        DateTimeOffset.UnixEpoch);
}
