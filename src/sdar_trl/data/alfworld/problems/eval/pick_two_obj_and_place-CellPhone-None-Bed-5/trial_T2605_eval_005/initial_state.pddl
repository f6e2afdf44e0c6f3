(define (problem plan_trial_T2605_eval_005)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
AlarmClockType - otype
BowlType - otype
CDType - otype
CellPhoneType - otype
PencilType - otype
VaseType - otype
CellPhone_bar__plus_01_dot_95_bar__plus_01_dot_34_bar__minus_02_dot_00 - object
CellPhone_bar__plus_02_dot_37_bar__minus_01_dot_24_bar__plus_00_dot_73 - object
AlarmClock_bar__minus_01_dot_94_bar__plus_00_dot_87_bar__plus_01_dot_58 - object
CellPhone_bar__minus_00_dot_78_bar__minus_00_dot_95_bar__plus_00_dot_93 - object
Pencil_bar__minus_01_dot_61_bar__plus_01_dot_53_bar__plus_02_dot_80 - object
Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00 - object
CD_bar__minus_02_dot_78_bar__plus_02_dot_21_bar__minus_00_dot_89 - object
Vase_bar__minus_02_dot_14_bar__plus_02_dot_85_bar__minus_00_dot_09 - object
Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 - receptacle
Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 - receptacle
SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 - receptacle
SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 - receptacle
Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 - receptacle
Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 - receptacle
Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 - receptacle
Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 - receptacle
Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 - receptacle
GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 - receptacle
loc_bar_0_bar_3_bar_2_bar_30 - location
loc_bar_0_bar__minus_7_bar_1_bar__minus_30 - location
loc_bar_12_bar_10_bar_0_bar_0 - location
loc_bar_6_bar__minus_1_bar_0_bar__minus_30 - location
loc_bar__minus_2_bar_3_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_9_bar_0_bar_60 - location
loc_bar__minus_8_bar_7_bar_1_bar_0 - location
loc_bar__minus_8_bar_7_bar_2_bar_0 - location
loc_bar__minus_8_bar__minus_7_bar_0_bar_0 - location
loc_bar__minus_9_bar_6_bar_1_bar_45 - location
loc_bar__minus_9_bar__minus_7_bar_0_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_10_bar_0_bar_0)
(receptacleType Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 BedType)
(receptacleAtLocation Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37 loc_bar__minus_7_bar__minus_9_bar_0_bar_60)
(receptacleType Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(receptacleType SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_17_bar__minus_00_dot_34_bar__plus_02_dot_55 loc_bar_0_bar_3_bar_2_bar_30)
(receptacleType SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_86_bar__plus_01_dot_33_bar__plus_00_dot_30 loc_bar__minus_8_bar_7_bar_1_bar_0)
(receptacleType Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12 loc_bar__minus_8_bar_7_bar_2_bar_0)
(openable Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12)
(receptacleType Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24 loc_bar_0_bar__minus_7_bar_1_bar__minus_30)
(openable Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24)
(receptacleType Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75 loc_bar_6_bar__minus_1_bar_0_bar__minus_30)
(receptacleType Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02 loc_bar__minus_2_bar_3_bar_3_bar_45)
(receptacleType Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 DresserType)
(receptacleAtLocation Dresser_bar__minus_00_dot_69_bar__plus_02_dot_21_bar__plus_01_dot_44 loc_bar__minus_9_bar_6_bar_1_bar_45)
(receptacleType GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_49_bar__plus_01_dot_65_bar__plus_01_dot_40 loc_bar__minus_8_bar__minus_7_bar_0_bar_0)
(canContain BedType CellPhoneType)
(canContain DeskType AlarmClockType)
(canContain DeskType BowlType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType PencilType)
(canContain DeskType VaseType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PencilType)
(canContain DresserType AlarmClockType)
(canContain DresserType BowlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType PencilType)
(canContain DresserType VaseType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BowlType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType PencilType)
(canContain ShelfType VaseType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BowlType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType PencilType)
(canContain SideTableType VaseType)
(objectType CellPhone_bar__plus_01_dot_95_bar__plus_01_dot_34_bar__minus_02_dot_00 CellPhoneType)
(inReceptacle CellPhone_bar__plus_01_dot_95_bar__plus_01_dot_34_bar__minus_02_dot_00 Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24)
(objectAtLocation CellPhone_bar__plus_01_dot_95_bar__plus_01_dot_34_bar__minus_02_dot_00 loc_bar_0_bar__minus_7_bar_1_bar__minus_30)
(pickupable CellPhone_bar__plus_01_dot_95_bar__plus_01_dot_34_bar__minus_02_dot_00)
(objectType CellPhone_bar__plus_02_dot_37_bar__minus_01_dot_24_bar__plus_00_dot_73 CellPhoneType)
(inReceptacle CellPhone_bar__plus_02_dot_37_bar__minus_01_dot_24_bar__plus_00_dot_73 Drawer_bar__minus_02_dot_49_bar__minus_00_dot_75_bar__minus_00_dot_12)
(objectAtLocation CellPhone_bar__plus_02_dot_37_bar__minus_01_dot_24_bar__plus_00_dot_73 loc_bar__minus_8_bar_7_bar_2_bar_0)
(pickupable CellPhone_bar__plus_02_dot_37_bar__minus_01_dot_24_bar__plus_00_dot_73)
(objectType AlarmClock_bar__minus_01_dot_94_bar__plus_00_dot_87_bar__plus_01_dot_58 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_01_dot_94_bar__plus_00_dot_87_bar__plus_01_dot_58 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation AlarmClock_bar__minus_01_dot_94_bar__plus_00_dot_87_bar__plus_01_dot_58 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(pickupable AlarmClock_bar__minus_01_dot_94_bar__plus_00_dot_87_bar__plus_01_dot_58)
(objectType CellPhone_bar__minus_00_dot_78_bar__minus_00_dot_95_bar__plus_00_dot_93 CellPhoneType)
(inReceptacle CellPhone_bar__minus_00_dot_78_bar__minus_00_dot_95_bar__plus_00_dot_93 Bed_bar__plus_00_dot_79_bar__plus_00_dot_83_bar__plus_01_dot_37)
(objectAtLocation CellPhone_bar__minus_00_dot_78_bar__minus_00_dot_95_bar__plus_00_dot_93 loc_bar__minus_7_bar__minus_9_bar_0_bar_60)
(pickupable CellPhone_bar__minus_00_dot_78_bar__minus_00_dot_95_bar__plus_00_dot_93)
(objectType Pencil_bar__minus_01_dot_61_bar__plus_01_dot_53_bar__plus_02_dot_80 PencilType)
(inReceptacle Pencil_bar__minus_01_dot_61_bar__plus_01_dot_53_bar__plus_02_dot_80 Drawer_bar__plus_00_dot_48_bar__minus_01_dot_30_bar__minus_02_dot_24)
(objectAtLocation Pencil_bar__minus_01_dot_61_bar__plus_01_dot_53_bar__plus_02_dot_80 loc_bar_0_bar__minus_7_bar_1_bar__minus_30)
(pickupable Pencil_bar__minus_01_dot_61_bar__plus_01_dot_53_bar__plus_02_dot_80)
(objectType Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00 BowlType)
(inReceptacle Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00 Desk_bar__minus_02_dot_32_bar__plus_02_dot_99_bar__plus_02_dot_01)
(objectAtLocation Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00 loc_bar__minus_9_bar__minus_7_bar_0_bar_45)
(pickupable Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00)
(coolable Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00)
(cleanable Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00)
(isReceptacleObject Bowl_bar__minus_02_dot_60_bar__plus_00_dot_10_bar__plus_02_dot_00)
(objectType CD_bar__minus_02_dot_78_bar__plus_02_dot_21_bar__minus_00_dot_89 CDType)
(inReceptacle CD_bar__minus_02_dot_78_bar__plus_02_dot_21_bar__minus_00_dot_89 Shelf_bar__minus_00_dot_27_bar__plus_00_dot_46_bar__minus_02_dot_02)
(objectAtLocation CD_bar__minus_02_dot_78_bar__plus_02_dot_21_bar__minus_00_dot_89 loc_bar__minus_2_bar_3_bar_3_bar_45)
(pickupable CD_bar__minus_02_dot_78_bar__plus_02_dot_21_bar__minus_00_dot_89)
(objectType Vase_bar__minus_02_dot_14_bar__plus_02_dot_85_bar__minus_00_dot_09 VaseType)
(inReceptacle Vase_bar__minus_02_dot_14_bar__plus_02_dot_85_bar__minus_00_dot_09 Shelf_bar__plus_00_dot_84_bar__minus_02_dot_50_bar__plus_00_dot_75)
(objectAtLocation Vase_bar__minus_02_dot_14_bar__plus_02_dot_85_bar__minus_00_dot_09 loc_bar_6_bar__minus_1_bar_0_bar__minus_30)
(pickupable Vase_bar__minus_02_dot_14_bar__plus_02_dot_85_bar__minus_00_dot_09)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CellPhoneType)
                                    (receptacleType ?r BedType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CellPhoneType)
                                            (receptacleType ?r BedType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
